using System.Globalization;
using System.Text;

namespace ForeignAffairs.Benchmarks;

/// <summary>Writes a large site in the sample's shape (en, ja, ko; every collection) with the repository's default theme.</summary>
internal static class SyntheticSite
{
    private static readonly string[] Statuses = ["open", "negotiating", "awarded", "closed"];

    public static void Write(string root, string themeFolder, int projects)
    {
        var provinces = Math.Max(5, projects / 40);
        var sectors = 12;
        var news = projects / 2;
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
            """);
        CopyFolder(themeFolder, Path.Combine(root, "themes", "default"));

        for (var i = 0; i < provinces; i++)
        {
            Entry(root, "provinces", $"province-{i}", $$"""
                title: {en: Province {{i}}, ja: 第{{i}}省, ko: 제{{i}}성}
                summary: {en: A province of Vietnam., ja: ベトナムの省。, ko: 베트남의 성.}
                merger: {en: Unchanged by the 2025 merger., ja: 2025年の合併による変更なし。, ko: 2025년 합병으로 변동 없음.}
                area_km2: {{1000 + i}}
                population: {{1_000_000 + i * 1000}}
                population_year: 2023
                facts:
                  - {label: {en: FDI, ja: 外国直接投資, ko: 외국인 직접투자}, value: {en: USD {{i}} billion, ja: {{i}}0億米ドル, ko: {{i}}0억 달러}, year: 2022, source: Statistics}
                """);
        }
        for (var i = 0; i < sectors; i++)
            Entry(root, "sectors", $"sector-{i}", $"title: {{en: Sector {i}, ja: 分野{i}, ko: 분야{i}}}\nweight: {i}\n");
        for (var i = 0; i < 6; i++)
            Entry(root, "ftas", $"fta-{i}", $"title: Agreement {i}\nshort_name: FTA{i}\nin_force: 20{10 + i}-01-01\nparties: [{{en: Japan, ja: 日本, ko: 일본}}]\n");
        for (var i = 0; i < projects; i++)
        {
            var published = new DateOnly(2024, 1, 1).AddDays(i % 700).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Entry(root, "projects", $"project-{i}", $$"""
                title: {en: Project {{i}}, ja: 案件{{i}}, ko: 프로젝트 {{i}}}
                summary: {en: An industrial project calling for investors., ja: 投資家を募集する産業案件。, ko: 투자자를 모집하는 산업 프로젝트.}
                province: province-{{i % provinces}}
                sectors: [sector-{{i % sectors}}, sector-{{(i + 5) % sectors}}]
                status: {{Statuses[i % 4]}}
                investment_form: fdi
                investment_usd_million: {{10 + i % 900}}.5
                area_ha: {{5 + i % 200}}
                published: {{published}}
                """, link: $"provinces/province-{i % provinces}");
        }
        for (var i = 0; i < news; i++)
        {
            var date = new DateOnly(2023, 1, 1).AddDays(i % 900).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Entry(root, "news", $"news-{i}", $"title: {{en: News {i}, ja: ニュース{i}, ko: 뉴스 {i}}}\ndate: {date}\nprovinces: [province-{i % provinces}]\n");
        }
        foreach (var page in new[] { "about", "contact", "investment-guide" })
            Entry(root, "pages", page, $"title: {{en: {page}, ja: {page}, ko: {page}}}\nmenu: true\n");
    }

    private static void Entry(string root, string collection, string slug, string index, string? link = null)
    {
        var folder = $"content/{collection}/{slug}";
        Write(root, $"{folder}/index.yaml", index);
        var related = link is null ? "" : $"See [the province]({link}).\n\n";
        Write(root, $"{folder}/en.md", Body("The province offers land, labour and incentives for high-technology investors. ", related));
        Write(root, $"{folder}/ja.md", Body("同省はハイテク投資家に土地、労働力、優遇措置を提供しています。", related));
        Write(root, $"{folder}/ko.md", Body("이 성은 첨단 기술 투자자에게 토지, 인력 및 인센티브를 제공합니다. ", related));
    }

    private static string Body(string sentence, string related)
    {
        var text = new StringBuilder();
        for (var paragraph = 0; paragraph < 4; paragraph++)
        {
            text.Append("## Section ").Append(paragraph + 1).Append("\n\n");
            for (var s = 0; s < 5; s++) text.Append(sentence);
            text.Append("**Key figure:** 1,234 ha.\n\n- one\n- two\n- three\n\n");
        }
        return related + text;
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Copies a folder tree.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
