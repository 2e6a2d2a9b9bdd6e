using System.Buffers;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Content;

/// <summary>
/// Characters an editor cannot see and no page needs: the C0 controls other than tab and line breaks (NUL, ESC...), DEL
/// and the C1 controls. They are refused in every value and text, at their position; tabs and line breaks are refused
/// only in values of one line.
/// </summary>
internal static class ControlCharacters
{
    // A binary or hostile file could hold millions: the first of each line, on a few lines, tells the editor enough.
    private const int MostLinesReported = 10;

    // Every text is searched, so the search is vectorised; almost every text has none of them.
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsRefused).ToArray());

    /// <summary>Whether <paramref name="c"/> is refused in any text.</summary>
    public static bool IsRefused(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    /// <summary>Whether <paramref name="text"/> holds a character refused in any text.</summary>
    public static bool ContainsRefused(ReadOnlySpan<char> text) => text.ContainsAny(Refused);

    /// <summary>
    /// Whether <paramref name="c"/> is a tab or a line break, which only a text of several lines may hold.
    /// </summary>
    public static bool IsLineBreakOrTab(char c) => c is '\t' or '\n' or '\r';

    /// <summary>
    /// Reports the first refused character of each line of <paramref name="text"/>, which starts on line
    /// <paramref name="firstLine"/> of <paramref name="path"/>; returns whether there was none.
    /// </summary>
    public static bool Check(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        if (!ContainsRefused(text)) return true;
        var positions = new TextPositions(text, path, firstLine);
        var (reportedLine, reported) = (0, 0);
        for (var i = text.AsSpan().IndexOfAny(Refused); i >= 0 && reported < MostLinesReported; i = Next(text, i + 1))
        {
            var location = positions.Locate(i);
            if (location.Line == reportedLine) continue;
            Report(text[i], location, diagnostics);
            (reportedLine, reported) = (location.Line, reported + 1);
        }
        return reported == 0;
    }

    private static int Next(string text, int from) =>
        text.AsSpan(from).IndexOfAny(Refused) is var i and >= 0 ? from + i : -1;

    /// <summary>Reports <paramref name="c"/>, written at <paramref name="location"/>.</summary>
    public static void Report(char c, SourceLocation location, DiagnosticBag diagnostics)
    {
        var (problem, hint) = IsLineBreakOrTab(c)
            ? ($"{Name(c)} in a value that holds a single line", "write the value on one line")
            : ($"{Name(c)} is written here, an invisible control character that no page can show",
                "delete it; such characters come with text pasted from a terminal or a PDF");
        diagnostics.Error(DiagnosticCodes.ControlCharacter, location, problem, hint);
    }

    private static string Name(char c) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\u001B' => "an escape character (ESC, U+001B)",
        '\t' => "a tab",
        '\n' or '\r' => "a line break",
        _ => $"the control character U+{(int)c:X4}",
    };
}
