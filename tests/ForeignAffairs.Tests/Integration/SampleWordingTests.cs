using System.Text.RegularExpressions;
using ForeignAffairs.Tests.Support;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample's Japanese and Korean texts, in the Markdown bodies, the maps of <c>index.yaml</c>, <c>site.yaml</c> and
/// the theme's interface strings, keep the terms and spellings of docs/translation-style.md.
/// </summary>
public sealed class SampleWordingTests
{

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<(string Source, string Text)>>> Texts =
        new(() => new[] { "ja", "ko" }
            .ToDictionary(l => l, l => (IReadOnlyList<(string, string)>)TextsIn(l).ToArray()));

    [Theory]
    [InlineData("ja", "ヴ(?!ィラ)", "Vietnamese V is written ビ/ブ/ベ/バ (ビンフック, ブンアン, ベトチ), as JETRO does")]
    [InlineData("ja", "リエンチウ", "Liên Chiểu is リエンチエウ")]
    [InlineData("ja", @"(投資法|企業法)\d{4}年", "a law's year comes first: 2020年投資法")]
    [InlineData("ja", @"[ァ-ヶー]～(韓国|日本)", "a pairing such as バクニン・韓国交流会 takes ・; ～ means from…to")]
    [InlineData("ja", "参加地域", "the portal's partners are 参加省・市; 参加地域 reads as an agreement's parties")]
    [InlineData("ja", "申し出", "an offer in the legal sense is 申込み")]
    [InlineData("ja", "友好交流先", "a twinned region is 友好提携地域")]
    [InlineData("ja", "(?<!光州（)クァンジュ", "Gwangju is 光州（クァンジュ）市")]
    [InlineData("ja", "現フート省）", "Vĩnh Phúc is part of today's Phú Thọ: （現フート省の一部）")]
    [InlineData("ja", "深海港", "a deep-sea port is 深水港")]
    [InlineData("ja", "㎢", "areas are written km²")]
    [InlineData("ja", @"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}]: ",
        "a label takes the full-width colon: 出典：")]
    [InlineData("ko", "안건", "a project is 투자 프로젝트 or 프로젝트, as in the interface (안건 is 案件 read in Korean)")]
    [InlineData("ko", "심수항", "a deep-sea port is 심해항")]
    [InlineData("ko", "(까우|꺼우)쩨오", "Cầu Treo is 꺼우째오")]
    [InlineData("ko", @"\d억 \d천만", "amounts keep one style: 22억 2,000만 달러")]
    [InlineData("ko", @"\d건 이상", "more than a number of cases is 1,800여 건")]
    [InlineData("ko", "자매결연", "a twinned region is 자매·우호 지역")]
    [InlineData("ko", @"현 푸토성\)", "Vĩnh Phúc is part of today's Phú Thọ: (현 푸토성 일부)")]
    [InlineData("ko", "참여 지역", "the portal's partners are 참여 성·시")]
    [InlineData("ko", "㎢", "areas are written km²")]
    [InlineData("ko", @"['""][^'""\n]*[가-힣][^'""\n]*['""]", "quotation takes ‘ ’ or “ ”, not straight quotes")]
    public void The_texts_of_a_language_keep_the_guides_wording(string language, string pattern, string rule)
    {
        var slips = Texts.Value[language].Where(t => Regex.IsMatch(t.Text, pattern))
            .Select(t => $"{t.Source}: {t.Text}").ToArray();
        Assert.True(slips.Length == 0, $"{rule}:\n{string.Join('\n', slips)}");
    }

    [Fact]
    public void The_interface_and_the_content_name_twinned_regions_alike()
    {
        foreach (var (language, term) in new[] { ("ja", "友好提携地域"), ("ko", "자매·우호 지역") })
        {
            var texts = Texts.Value[language];
            Assert.Contains(texts, t => t.Source.StartsWith("themes/", StringComparison.Ordinal) && t.Text == term);
            Assert.Contains(texts, t => t.Source.StartsWith("content/provinces/", StringComparison.Ordinal)
                && t.Text.Contains(term));
        }
    }

    private static IEnumerable<(string Source, string Text)> TextsIn(string language)
    {
        var root = RepositoryRoot.Path;
        string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

        foreach (var text in Scalars(Path.Combine(root, "content", "site.yaml"), language))
            yield return ("content/site.yaml", text);
        var theme = Path.Combine(root, "themes", "default", "i18n", language + ".yaml");
        foreach (var text in Scalars(theme, null)) yield return (Relative(theme), text);

        var collections = Directory.GetDirectories(Path.Combine(root, "content"));
        foreach (var entry in collections.SelectMany(Directory.GetDirectories))
        {
            foreach (var text in Scalars(Path.Combine(entry, "index.yaml"), language))
                yield return (Relative(entry) + "/index.yaml", text);
            var body = Path.Combine(entry, language + ".md");
            if (!File.Exists(body)) continue;
            foreach (var text in MarkdownTexts(File.ReadAllText(body), language)) yield return (Relative(body), text);
        }
    }

    // The text of each paragraph, heading and list item, with link targets left out, and the front matter's values.
    private static IEnumerable<string> MarkdownTexts(string markdown, string language)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<YamlFrontMatterBlock>())
        {
            foreach (var text in ScalarsOf(block.Lines.ToString(), null)) yield return text;
        }
        foreach (var leaf in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            yield return string.Concat(leaf.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        }
    }

    private static IEnumerable<string> Scalars(string path, string? language) =>
        File.Exists(path) ? ScalarsOf(File.ReadAllText(path), language) : [];

    // Every scalar value, or with a language only the values of that language's key in the maps of text fields.
    private static IEnumerable<string> ScalarsOf(string yaml, string? language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.SelectMany(d => Values(d.RootNode, language, inLanguage: language is null));
    }

    private static IEnumerable<string> Values(YamlNode node, string? language, bool inLanguage) => node switch
    {
        YamlScalarNode scalar when inLanguage && scalar.Value is { } value => [value],
        YamlMappingNode map => map.Children.SelectMany(pair =>
            Values(pair.Value, language, inLanguage || (pair.Key as YamlScalarNode)?.Value == language)),
        YamlSequenceNode list => list.Children.SelectMany(child => Values(child, language, inLanguage)),
        _ => [],
    };
}
