using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The generator's code keeps to lines of at most 120 characters (the .editorconfig's max_line_length), so that it
/// reads without scrolling beside a diff; the analyzers hold methods to a screen, this holds lines to its width.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 120;

    [Fact]
    public void No_line_of_the_generators_code_is_longer_than_120_characters()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src");
        var generated = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        var longLines = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains(generated, StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: file, Number: i + 1, line.Length)))
            .Where(line => line.Length > MaxLineLength)
            .Select(line =>
                $"{Path.GetRelativePath(RepositoryRoot.Path, line.File)}:{line.Number}: {line.Length} characters");

        Assert.Empty(longLines);
    }
}
