using System.Text.RegularExpressions;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The examples of the README's theme author's guide: each a <c>scriban</c> block, followed by an <c>html</c> block of
/// what it writes on the page the guide names.
/// </summary>
internal static partial class ThemeGuide
{
    /// <summary>The heading of the guide's section.</summary>
    public const string Heading = "#### Theme author's guide";

    /// <summary>The page every example is rendered on, relative to the output.</summary>
    public const string Page = "en/projects/vinh-phuc-dong-thinh-industrial-cluster/index.html";

    /// <summary>The examples, in the order of the guide: the template, and what it writes.</summary>
    public static IReadOnlyList<(string Template, string Expected)> Examples { get; } = Read();

    private static (string, string)[] Read()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf($"\n{Heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '{Heading}'");
        var section = readme[(start + Heading.Length + 2)..];
        // The section ends at the next heading of its level or above.
        var end = NextHeading().Match(section);
        if (end.Success) section = section[..end.Index];

        var blocks = Fence().Matches(section)
            .Select(m => (Language: m.Groups[1].Value, Text: m.Groups[2].Value)).ToArray();
        var examples = new List<(string, string)>();
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Language != "scriban") continue;
            Assert.True(i + 1 < blocks.Length && blocks[i + 1].Language == "html",
                $"the guide's example {examples.Count + 1} is not followed by an html block of what it writes");
            examples.Add((blocks[i].Text, blocks[i + 1].Text));
        }
        return [.. examples];
    }

    [GeneratedRegex(@"^#{1,4} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^```(\w+)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
