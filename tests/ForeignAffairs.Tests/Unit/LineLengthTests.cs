using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The C# code keeps to lines of at most 120 characters (the .editorconfig's max_line_length), so that it reads
/// without scrolling beside a diff; the analyzers hold methods to a screen, this holds lines to its width. In the
/// tests, the text inside a multi-line raw string is a fixture, held as the case needs it.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 120;
    private const string RawString = "\"\"\"";

    [Theory]
    [InlineData("src")]
    [InlineData("tests")]
    public void No_line_of_code_is_longer_than_120_characters(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        var generated = new[] { "obj", "bin" }.Select(f => $"{separator}{f}{separator}");
        var fixtureText = folder == "tests";
        var longLines = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs",
                SearchOption.AllDirectories)
            .Where(file => !generated.Any(g => file.Contains(g, StringComparison.Ordinal)))
            .SelectMany(file => CodeLines(file, fixtureText).Where(line => line.Length > MaxLineLength)
                .Select(line => $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line.Number}: {line.Length}"))
            .ToArray();

        Assert.True(longLines.Length == 0, string.Join('\n', longLines));
    }

    // The lines of a file with their numbers and lengths; with fixtureText, but for the text inside a multi-line raw
    // string: the lines after one that opens it (ending in """ after an =, a bracket, a comma, + or =>), up to the line
    // that closes it, which is code again.
    private static IEnumerable<(int Number, int Length)> CodeLines(string file, bool fixtureText)
    {
        var inRawString = false;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var trimmed = line.Trim();
            if (inRawString && !trimmed.StartsWith(RawString, StringComparison.Ordinal)) continue;
            inRawString = fixtureText && !inRawString && Opens(trimmed);
            yield return (number, line.Length);
        }
    }

    private static bool Opens(string line) =>
        !line.StartsWith("//", StringComparison.Ordinal) && line.EndsWith(RawString, StringComparison.Ordinal)
        && line[..^RawString.Length].TrimEnd('$').TrimEnd() is var before
        && (before.Length == 0 || before[^1] is '=' or '(' or ',' or '+' or '>');
}
