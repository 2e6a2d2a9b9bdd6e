using System.Buffers;

namespace ForeignAffairs.Content;

/// <summary>
/// The characters <see cref="MarkdownWorkload"/> looks at: where Markdig's inline parsers may start, and every
/// character that costs more than the scans still open (marks, brackets, spaces, the first letters of web addresses).
/// The others are charged a run at a time.
/// </summary>
internal sealed class MarkdownMarks
{
    private MarkdownMarks(SearchValues<char> inlineStarts, SearchValues<char> notable) =>
        (InlineStarts, Notable) = (inlineStarts, notable);

    /// <summary>Where an inline may start.</summary>
    public SearchValues<char> InlineStarts { get; }

    /// <summary>Where <see cref="MarkdownWorkload"/> charges more than the scans still open, or may.</summary>
    public SearchValues<char> Notable { get; }

    /// <summary>
    /// The same inline starts with every character notable: the workload charged one character at a time.
    /// </summary>
    public MarkdownMarks OneByOne() =>
        new(InlineStarts, SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)]));

    /// <summary>The marks of a pipeline whose inline parsers start at <paramref name="inlineStarts"/>.</summary>
    public static MarkdownMarks For(IEnumerable<char> inlineStarts)
    {
        var starts = inlineStarts.ToHashSet();
        var notable = new HashSet<char>(starts);
        for (var c = '\0'; c < '\u00a0'; c++)
        {
            // Spaces and control characters end link addresses; ASCII punctuation may be escaped or open something.
            if (c <= ' ' || char.IsControl(c) || char.IsAsciiLetterOrDigit(c) is false && c < '\u007f') notable.Add(c);
        }
        // Web addresses start with these letters: http, ftp, mailto, tel, www.
        foreach (var c in "hfmtw") notable.Add(c);
        return new MarkdownMarks(SearchValues.Create([.. starts]), SearchValues.Create([.. notable]));
    }
}
