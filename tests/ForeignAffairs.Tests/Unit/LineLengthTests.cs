using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The C# code keeps to lines of at most 120 characters (the .editorconfig's max_line_length), so that it reads
/// without scrolling beside a diff; the analyzers hold methods to a screen, this holds lines to its width. In the
/// tests, the lines of a multi-line raw string are fixture text, held as the case needs it.
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
        var longLines = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs",
                SearchOption.AllDirectories)
            .Where(file => !generated.Any(g => file.Contains(g, StringComparison.Ordinal)))
            .SelectMany(file => CodeLines(file).Where(line => line.Length > MaxLineLength)
                .Select(line => $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line.Number}: {line.Length}"))
            .ToArray();

        Assert.True(longLines.Length == 0, string.Join('\n', longLines));
    }

    // The lines of a file with their numbers and lengths, but for those inside a multi-line raw string.
    private static IEnumerable<(int Number, int Length)> CodeLines(string file)
    {
        var inRawString = false;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var trimmed = line.Trim();
            if (inRawString)
            {
                inRawString = !trimmed.StartsWith(RawString, StringComparison.Ordinal);
                continue;
            }
            yield return (number, line.Length);
            inRawString = trimmed.EndsWith(RawString, StringComparison.Ordinal)
                && trimmed.Split(RawString).Length == 2;
        }
    }
}
