using System.Text;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;
using ForeignAffairs.Tests.Support;
using ForeignAffairs.Tests.Unit;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Property: Markdown nested at random, up to a few hundred levels of quotes, lists, indentation, brackets, emphasis,
/// backticks and raw HTML, never makes Markdig throw; the text renders, or it is refused with FA-coded errors at
/// positions inside it, by the limits rather than by the safety net that catches what Markdig throws. The seeds are
/// fixed, so that every run tries the same texts.
/// </summary>
public sealed class MarkdownNestingPropertyTests
{
    private const string ElectronicsEn = "content/sectors/electronics/en.md";

    private static readonly string[] Marks =
        ["> ", "- ", "1. ", "a. ", "  ", "    ", "\t", "[", "![", "*", "_", "**", "~~", "==", "`", "``", "<", "<b>",
         "</b>", "](https://example.org/)", "]", "[^1]", ": ", "| ", "word ", "#"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_randomly_nested_text_renders_or_is_refused_at_a_position_inside_it(int seed)
    {
        var markdown = RandomNesting(seed);
        var entry = new Entry(new EntryKey(Collection.Sectors, "electronics"), LocalizedText.Of("Electronics"),
            null, null, long.MaxValue, new Dictionary<string, object>(), new Dictionary<string, EntryText>(), []);
        var site = new Site("/srv/site", TempFolder.ThreeLanguageConfig(), [entry]);
        var renderer = new MarkdownRenderer(site, new SiteUrls(site.Config));
        var diagnostics = new DiagnosticBag();

        renderer.Prepare(entry, new EntryText("en", ElectronicsEn, markdown, 1, SourceFingerprint.Of(markdown), null),
            "en", diagnostics);

        AssertInside(diagnostics.ToSortedList(), markdown, seed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_randomly_nested_text_never_crashes_a_whole_check(int seed)
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var markdown = RandomNesting(seed);
        fixture.Write(ElectronicsEn, markdown);

        var result = SiteBuilder.Build(new BuildOptions(fixture.Root, Write: false));

        AssertInside(result.Diagnostics, markdown, seed);
        Assert.Equal(result.Succeeded, result.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Warning));
    }

    // Lines of a few runs of one mark each, most a few levels deep, some hundreds (the same mark repeated nests), now
    // and then a blank line between them.
    private static string RandomNesting(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var line = random.Next(1, 30); line > 0; line--)
        {
            for (var run = random.Next(1, 4); run > 0; run--)
            {
                var mark = Marks[random.Next(Marks.Length)];
                for (var level = random.Next(random.Next(1, 300)); level > 0; level--) text.Append(mark);
            }
            text.Append("text").Append(random.Next(4) == 0 ? "\n\n" : "\n");
        }
        return text.ToString();
    }

    private static void AssertInside(IReadOnlyList<Diagnostic> diagnostics, string markdown, int seed)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        foreach (var d in diagnostics.Where(d => d.Location.Path == ElectronicsEn))
        {
            var (line, column) = (d.Location.Line, d.Location.Column);
            Assert.True(d.Code.StartsWith("FA", StringComparison.Ordinal) && line >= 1 && line <= lines.Length
                && column >= 1 && column <= lines[line - 1].Length + 1,
                $"seed {seed}: {d} is not inside the text:{Environment.NewLine}{markdown}");
            Assert.False(d.Message == MarkdownSyntax.Unreadable,
                $"seed {seed}: Markdig threw on the text:{Environment.NewLine}{markdown}");
        }
    }
}
