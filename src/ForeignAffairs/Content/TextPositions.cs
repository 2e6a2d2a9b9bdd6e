using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Content;

/// <summary>
/// Positions in a text (Markdown or YAML) that starts on a given line of its file: a character offset, as Markdig's
/// spans give it, becomes a line and a column. Offsets stay exact where Markdig's own line numbers do not (setext
/// headings).
/// </summary>
internal sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];
    private readonly string _path;
    private readonly int _bodyLine;

    /// <summary>
    /// The positions of <paramref name="markdown"/>, which starts on line <paramref name="bodyLine"/> of
    /// <paramref name="path"/>.
    /// </summary>
    public TextPositions(string markdown, string path, int bodyLine)
    {
        (_path, _bodyLine) = (path, bodyLine);
        // From one line-break character to the next, found many characters at a time: every text with a link is
        // positioned, and looking at each character took about a third of a percent of a build.
        var text = markdown.AsSpan();
        for (var at = 0; text[at..].IndexOfAny('\n', '\r') is var offset and >= 0; at += offset + 1)
        {
            if (IsLineBreak(markdown, at + offset)) _lineStarts.Add(at + offset + 1);
        }
    }

    /// <summary>
    /// Whether a line ends at <paramref name="i"/>: at "\n", "\r\n" (counted at its "\n") or a lone "\r", as for
    /// Markdig and YAML.
    /// </summary>
    public static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    /// <summary>Where the character at <paramref name="offset"/> is in the file.</summary>
    public SourceLocation Locate(int offset)
    {
        offset = Math.Max(offset, 0);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(_path, _bodyLine + line, offset - _lineStarts[line] + 1);
    }
}
