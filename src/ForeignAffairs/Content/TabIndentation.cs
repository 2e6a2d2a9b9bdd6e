using YamlDotNet.Core;

namespace ForeignAffairs.Content;

/// <summary>
/// Tells whether tabs in the indentation are what makes YAML text unreadable: the same text with each of those tabs
/// written as a space reads further. The parser's own error names the mapping the tab breaks, not the tab.
/// </summary>
internal static class TabIndentation
{
    /// <summary>The offset of the first tab in an indentation of <paramref name="text"/>, or null.</summary>
    public static int? First(string text)
    {
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var tab = line.IndexOf('\t', 0, IndentLength(line));
            if (tab >= 0) return lineStart + tab;
            lineStart += line.Length + 1;
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, which fails to parse at <paramref name="failure"/>, reads further with a space
    /// for each tab in its indentation.
    /// </summary>
    public static bool Explains(string text, Mark failure)
    {
        if (First(text) is null) return false;
        var lines = text.Split('\n').Select(l => l[..IndentLength(l)].Replace('\t', ' ') + l[IndentLength(l)..]);
        var parser = new Parser(new StringReader(string.Join('\n', lines)));
        try
        {
            while (parser.MoveNext()) { }
            return true;
        }
        catch (YamlException ex)
        {
            return ex.Start.Index > failure.Index;
        }
        catch (InvalidOperationException)
        {
            // An unclosed list or mapping (see YamlReader): the text reads to its end.
            return true;
        }
    }

    private static int IndentLength(string line) => line.Length - line.TrimStart(' ', '\t').Length;
}
