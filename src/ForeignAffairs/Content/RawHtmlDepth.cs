namespace ForeignAffairs.Content;

/// <summary>
/// How deep raw HTML elements in a Markdown text are opened without being closed, counted in one pass before the text
/// is parsed. The HTML sanitizer's parser takes time that grows with the square of that depth (100,000 unclosed
/// <c>&lt;div&gt;</c> take more than a minute), and no text needs more than a few levels.
/// </summary>
internal static class RawHtmlDepth
{
    /// <summary>The deepest raw HTML may be opened: far beyond any table or figure written by hand.</summary>
    public const int MaxDepth = 256;

    // Elements that never hold others, so that opening them opens nothing.
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The offset of the tag that opens raw HTML past <see cref="MaxDepth"/> levels, or null.</summary>
    public static int? FirstTooDeep(string markdown)
    {
        var depth = 0;
        for (var at = markdown.IndexOf('<'); at >= 0; at = markdown.IndexOf('<', at + 1))
        {
            // A tag ends before the next '<', or it is not a tag: each character is looked at once or twice.
            var end = markdown.AsSpan(at + 1).IndexOfAny('<', '>') is var found and >= 0 ? at + 1 + found : -1;
            if (end < 0 || markdown[end] == '<') continue;
            var closing = markdown[at + 1] == '/';
            var name = Name(markdown, at + (closing ? 2 : 1), end);
            if (name.Length == 0 || Void.Contains(name)) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (markdown[end - 1] != '/' && ++depth > MaxDepth) return at;
        }
        return null;
    }

    private static string Name(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && (char.IsAsciiLetter(text[stop]) || (stop > start && char.IsAsciiDigit(text[stop]))))
            stop++;
        return text[start..stop];
    }
}
