using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Content;

/// <summary>
/// Positions in a Markdown text that starts on a given line of its file: a character offset, as Markdig's spans give it,
/// becomes a line and a column. Offsets stay exact where Markdig's own line numbers do not (setext headings).
/// </summary>
internal sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];
    private readonly string _path;
    private readonly int _bodyLine;

    /// <summary>
    /// The positions of <paramref name="markdown"/>, which starts on line <paramref name="bodyLine"/> of <paramref name="path"/>.
    /// </summary>
    public TextPositions(string markdown, string path, int bodyLine)
    {
        (_path, _bodyLine) = (path, bodyLine);
        // Lines end at "\n", "\r\n" or a lone "\r", as for Markdig and YAML.
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n' || (markdown[i] == '\r' && (i + 1 == markdown.Length || markdown[i + 1] != '\n')))
                _lineStarts.Add(i + 1);
        }
    }

    /// <summary>Where the character at <paramref name="offset"/> is in the file.</summary>
    public SourceLocation Locate(int offset)
    {
        offset = Math.Max(offset, 0);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new SourceLocation(_path, _bodyLine + line, offset - _lineStarts[line] + 1);
    }
}
