using ForeignAffairs.Content;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Markdown that used to crash or hang a build, run through the whole command line: nesting 128 levels deep, at which
/// Markdig throws, and texts at the 4 MB a content file may have made of what Markdig matches in time that grows with
/// the square of the length. Each is refused at its position, within the runner's minute, with nothing written.
/// </summary>
public sealed class MarkdownLimitTests : IDisposable
{
    private const string ElectronicsEn = "content/sectors/electronics/en.md";
    private const string Start = "Electronics.\n\n";
    private readonly HostileSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string> NestedTooDeep() => new()
    {
        // The text starts on line 3; the 33rd level opens at column 65 in each but one.
        { "blockquotes", Start + Times("> ", 128) + "deep\n", $"{ElectronicsEn}:3:65: error FA3014" },
        { "lists", Start + string.Concat(Enumerable.Range(0, 128).Select(i => new string(' ', 2 * i) + "- item\n")),
            $"{ElectronicsEn}:35:65: error FA3014" },
        { "brackets left open", Start + Times("[", 128) + "open\n", $"{ElectronicsEn}:3:33: error FA3014" },
        { "images in images", Start + Times("![", 128) + "a" + Times("](https://example.org/a.png)", 128) + "\n",
            $"{ElectronicsEn}:3:65: error FA3014" },
        { "emphasis", Start + Times("*", 256) + "deep" + Times("*", 256) + "\n",
            $"{ElectronicsEn}:3:65: error FA3014" },
        // The HTML sanitizer's parser takes minutes for 100,000 unclosed elements; the 257th is refused before it runs.
        { "raw HTML never closed", Start + Times("<div>", 100_000) + "\n", $"{ElectronicsEn}:3:1281: error FA3014" },
    };

    [Theory]
    [MemberData(nameof(NestedTooDeep))]
    public void Markdown_nested_128_levels_deep_is_an_error_where_the_first_level_too_deep_starts(
        string what, string markdown, string problem)
    {
        _site.Write(ElectronicsEn, markdown);

        var outcome = _site.Run("build");

        Assert.True(outcome.Exit == 1, $"{what}: exit {outcome.Exit}\n{outcome.Err}");
        Assert.Equal([problem], outcome.Problems);
    }

    [Fact]
    public void Brackets_nested_128_levels_deep_and_all_closed_are_text()
    {
        _site.Write(ElectronicsEn, Start + Times("[", 128) + "a" + Times("]", 128) + "\n");

        var outcome = _site.Run("build");

        Assert.True(outcome.Exit == 0, outcome.Err);
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void Every_slow_shape_at_the_size_limit_is_refused_in_one_build_at_a_position_in_its_file()
    {
        var shapes = PathologicalMarkdown.Shapes;
        var expected = new List<string>();
        for (var i = 0; i < shapes.Count; i++)
        {
            var folder = $"content/sectors/shape-{i:00}";
            _site.Write($"{folder}/index.yaml", $"title: {{en: Shape {i}}}\n");
            _site.Write($"{folder}/en.md", shapes[i].Make((int)SiteFile.MaxBytes));
            if (shapes[i].Refusal is { } code) expected.Add($"{folder}/en.md {code}");
        }

        var outcome = _site.Run("check");

        Assert.Equal(1, outcome.Exit);
        Assert.Equal(expected, outcome.Problems.Select(p => p.Split(':')[0] + " " + p.Split(' ')[^1]));
        Assert.All(outcome.Problems,
            p => Assert.Matches(@"^content/sectors/shape-\d\d/en\.md:[1-9]\d*:[1-9]\d*: error FA301[45]$", p));
    }

    private static string Times(string part, int count) => string.Concat(Enumerable.Repeat(part, count));
}
