using System.Globalization;
using System.Text;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The shape of a generated site: how many projects, provinces, sectors and news items, and whether every project is in
/// the first province and sector (the worst case for the pages that list a province's or sector's projects).
/// </summary>
/// <param name="Projects">Projects, each in every language with a body of about 420 words.</param>
/// <param name="Provinces">Provinces.</param>
/// <param name="Sectors">Sectors.</param>
/// <param name="News">News items, each about the province it is numbered after.</param>
/// <param name="Skew">Whether every project is in the first province and sector.</param>
/// <param name="Search">Whether the site has search pages (Pagefind must then be installed in the site folder).</param>
public sealed record SyntheticShape(int Projects, int Provinces = 20, int Sectors = 10, int News = 0, bool Skew = false,
    bool Search = false);

/// <summary>
/// Writes a large multilingual site (en, ja, ko) with the repository's default theme, in the shape of the comparison
/// benchmark against Hugo: projects with facts in index.yaml and, per language, a title, a summary and a body with
/// headings, a list, a table and links. The same shape and seed give the same files.
/// </summary>
public static class SyntheticSite
{
    private static readonly string[] Statuses = ["open", "negotiating", "awarded", "closed"];
    private static readonly string[] Forms = ["fdi", "joint-venture", "ppp", "bcc"];

    private static readonly Dictionary<string, Language> Languages = new()
    {
        ["en"] = new("English", "Project", "Overview", "Key facts", "Details and timeline", "Metric", "Value",
            " ", ". ",
            ("the project will develop new capacity across the region while supporting local communities and " +
             "improving access to reliable services investment is expected to create jobs strengthen supply chains " +
             "and reduce emissions over the coming decade stakeholders include provincial agencies private " +
             "partners cooperatives and international lenders").Split(' ')),
        ["ja"] = new("日本語", "プロジェクト", "概要", "主な事実", "詳細とスケジュール", "指標", "値", "", "。",
            ("本 事業 は 地域 全体 で 新た な 能力 を 開発 し 地元 の 共同体 を 支援 する 投資 により " +
             "雇用 が 創出 され 供給網 が 強化 され 排出 が 削減 される 見込み です 関係者 には 省 " +
             "政府 民間 企業 協同組合 国際 金融機関 が 含まれ ます").Split(' ')),
        ["ko"] = new("한국어", "프로젝트", "개요", "주요 사실", "세부 정보 및 일정", "지표", "값", " ", ". ",
            ("이 사업 은 지역 전반 에 걸쳐 새로운 역량 을 개발 하고 지역 공동체 를 지원 합니다 투자 " +
             "를 통해 일자리 가 창출 되고 공급망 이 강화 되며 배출 이 감소 할 것 으로 예상 됩니다 " +
             "이해관계자 에는 성 정부 민간 기업 협동조합 국제 금융기관 이 포함 됩니다").Split(' ')),
    };

    /// <summary>
    /// Writes a site of <paramref name="shape"/> into <paramref name="root"/>, with the theme copied from
    /// <paramref name="themeFolder"/>.
    /// </summary>
    public static void Write(string root, string themeFolder, SyntheticShape shape, int seed = 42)
    {
        var random = new Random(seed);
        Write(root, "content/site.yaml", """
            title: {en: Invest in Vietnam's Provinces, ja: ベトナム地方投資ガイド, ko: 베트남 지방 투자 안내}
            description: {en: Projects calling for investors, ja: 投資案件のご案内, ko: 투자 프로젝트 안내}
            base_url: https://invest.example.org/
            default_language: en
            languages:
              - {code: en, name: English}
              - {code: ja, name: 日本語}
              - {code: ko, name: 한국어}
            theme: default

            """ + (shape.Search ? "" : "search: false\n"));
        FolderCopy.Copy(themeFolder, Path.Combine(root, "themes", "default"));

        for (var i = 0; i < shape.Provinces; i++)
        {
            var merger = "{en: Unchanged by the 2025 merger., ja: 2025年の合併による変更なし。, " +
                "ko: 2025년 합병으로 변동 없음.}";
            Entry(root, "provinces", $"province-{i:00}", $$"""
                title: {en: Province {{i}}, ja: 第{{i}}省, ko: 제{{i}}성}
                summary: {en: A province of Vietnam., ja: ベトナムの省。, ko: 베트남의 성.}
                merger: {{merger}}
                area_km2: {{1000 + i}}
                population: {{1_000_000 + i * 1000}}
                population_year: 2023
                """, language => Paragraph(random, language, 60));
        }
        for (var i = 0; i < shape.Sectors; i++)
            Entry(root, "sectors", $"sector-{i:00}", $"title: {{en: Sector {i}, ja: 分野{i}, ko: 분야{i}}}\nweight: {i}\n",
                language => Paragraph(random, language, 40));
        for (var i = 1; i <= shape.Projects; i++) Project(root, random, shape, i);
        for (var i = 1; i <= shape.News; i++)
        {
            var date = new DateOnly(2020, 1, 1).AddDays(i % 2000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Entry(root, "news", $"n-{i:00000}",
                $"title: {{en: News {i}, ja: ニュース{i}, ko: 뉴스 {i}}}\ndate: {date}\n" +
                $"provinces: [province-{i % shape.Provinces:00}]\n",
                language => Paragraph(random, language, 80));
        }
        Entry(root, "pages", "about", "title: {en: About, ja: このサイトについて, ko: 소개}\nmenu: true\n",
            language => Paragraph(random, language, 80));
    }

    private static void Project(string root, Random random, SyntheticShape shape, int i)
    {
        var province = shape.Skew ? 0 : random.Next(shape.Provinces);
        var sector = shape.Skew ? 0 : random.Next(shape.Sectors);
        var published = new DateOnly(2012, 1, 1).AddDays(random.Next(4700))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var index = string.Create(CultureInfo.InvariantCulture, $"""
            title:
              en: Project P-{i:00000}
            province: province-{province:00}
            sectors: [sector-{sector:00}]
            status: {Statuses[random.Next(Statuses.Length)]}
            investment_form: {Forms[random.Next(Forms.Length)]}
            investment_usd_million: {Math.Round(0.5 + random.NextDouble() * 2500, 2)}
            area_ha: {Math.Round(5 + random.NextDouble() * 5000, 1)}
            published: {published}
            location: District {random.Next(1, 40)}

            """);
        var folder = $"content/projects/p-{i:00000}";
        Write(root, $"{folder}/index.yaml", index);
        foreach (var (code, language) in Languages)
        {
            var body = new StringBuilder()
                .Append($"---\ntitle: \"{language.Title} P-{i:00000}\"\n" +
                    $"summary: \"{Paragraph(random, code, 20)}\"\n---\n")
                .Append($"## {language.Overview}\n\n{Paragraph(random, code, 120)}\n\n### {language.Facts}\n\n");
            for (var item = 0; item < 4; item++) body.Append("- ").Append(Paragraph(random, code, 10)).Append('\n');
            body.Append($"\n| {language.Metric} | {language.Value} |\n| --- | --- |\n");
            foreach (var metric in new[] { "Area (ha)", "Investment (USD million)", "Start", "Jobs" })
                body.Append(CultureInfo.InvariantCulture, $"| {metric} | {random.Next(1, 100000)} |\n");
            body.Append($"\n## {language.Details}\n\n{Paragraph(random, code, 120)}\n\n" +
                    $"{Paragraph(random, code, 100)}\n\n")
                .Append($"[{language.Title}](provinces/province-{province:00}) · " +
                    $"[registry](https://example.org/registry/p-{i:00000})\n");
            Write(root, $"{folder}/{code}.md", body.ToString());
        }
    }

    private static void Entry(string root, string collection, string slug, string index, Func<string, string> text)
    {
        var folder = $"content/{collection}/{slug}";
        Write(root, $"{folder}/index.yaml", index);
        foreach (var code in Languages.Keys) Write(root, $"{folder}/{code}.md", text(code) + "\n");
    }

    // Sentences of 8 to 16 words drawn from the language's words, about `words` words in all.
    private static string Paragraph(Random random, string code, int words)
    {
        var language = Languages[code];
        var text = new StringBuilder();
        for (var count = 0; count < words;)
        {
            var length = random.Next(8, 17);
            var sentence = string.Join(language.Separator,
                Enumerable.Range(0, length).Select(_ => language.Words[random.Next(language.Words.Length)]));
            text.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1)
                .Append(language.End);
            count += length;
        }
        return text.ToString().Trim();
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private sealed record Language(string Name, string Title, string Overview, string Facts, string Details,
        string Metric, string Value, string Separator, string End, string[] Words);
}
