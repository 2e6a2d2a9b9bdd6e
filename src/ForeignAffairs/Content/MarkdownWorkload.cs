using System.Buffers;
using System.Globalization;

namespace ForeignAffairs.Content;

/// <summary>
/// The work a Markdown text would give Markdig, bounded from above in one pass before it is parsed. Markdig is quick on
/// what people write, but some of its steps go over everything before or after them: each new piece of text goes down
/// through every emphasis mark and bracket still open in its paragraph; a code span or a link address is looked for up
/// to the paragraph's end; a web address written out looks back over the whole paragraph, and so does a code span
/// crossing into a line that starts with '|'; each link reference definition copies the rest of its paragraph and looks
/// through every one before it. A text made of thousands of these takes time that grows with the square of its length
/// (minutes for a megabyte), and headings of the same text are numbered by trying every number in turn. Each of those
/// steps is charged here at most what it can cost, and a text is refused where the charge passes <see cref="Budget"/>,
/// where a paragraph holds more than <see cref="MaxOpen"/> marks at once, or at its heading past
/// <see cref="MaxHeadings"/>.
/// </summary>
internal sealed class MarkdownWorkload
{
    /// <summary>
    /// The work a text may give, in steps of a few nanoseconds: well under a second, and tens of thousands of times
    /// what a page of the sample site gives.
    /// </summary>
    public const long Budget = 50_000_000;

    /// <summary>
    /// Runs of emphasis marks and brackets open at once in a paragraph: well below the 10,240 at which Markdig throws.
    /// </summary>
    public const int MaxOpen = 5_000;

    /// <summary>
    /// Headings in a text: numbering a thousand headings of the same text takes Markdig a few hundredths of a second.
    /// </summary>
    public const int MaxHeadings = 1_000;

    private static readonly string[] WebAddressStarts = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    private readonly string _text;
    private readonly SearchValues<char> _inlineStarts;
    private readonly SearchValues<char> _notable;
    private readonly Stack<int> _brackets = new();
    private readonly Stack<bool> _parentheses = new();
    private readonly Dictionary<int, long> _backtickRuns = [];
    private long _work;
    private int _headings;
    private int _definitions;
    private int _definitionsInParagraph;
    private int _nextLabelEnd = -1;
    private int _open;
    private long _inlines;
    private long _codeSpanLookBack;
    private int _addresses;
    private int _opaqueAt;
    private int _bracketClosedAt;
    private bool _escapeNext;
    private int _escapedAt;

    private MarkdownWorkload(string text, MarkdownMarks marks) =>
        (_text, _inlineStarts, _notable) = (text, marks.InlineStarts, marks.Notable);

    /// <summary>
    /// Where <paramref name="markdown"/> passes a limit, with the problem and what to do, or null when it may be
    /// parsed. <paramref name="marks"/> says at which characters Markdig's inline parsers start: only there can a new
    /// inline begin.
    /// </summary>
    public static (int Offset, string Problem, string Hint)? Excess(string markdown, MarkdownMarks marks) =>
        MostWork(markdown) <= Budget ? null : new MarkdownWorkload(markdown, marks).Scan();

    /// <summary>
    /// The most work <paramref name="text"/> can be charged, from how often it holds the characters that open or lead
    /// to costly steps, counted at once; infinity when it may hold more open marks or headings than allowed. Within the
    /// budget, the text passes no limit and is not scanned: the scan cost a build as much as Markdig's parsing, and a
    /// page's text is far below the budget.
    /// </summary>
    internal static double MostWork(ReadOnlySpan<char> text)
    {
        // Each line holds at most one heading, and only these characters open a mark.
        double brackets = text.Count('[');
        var marks = brackets + text.Count('*') + text.Count('_') + text.Count('~') + text.Count('^') + text.Count('+')
            + text.Count('=');
        if (marks > MaxOpen || text.Count('\n') + text.Count('\r') + 1 > MaxHeadings) return double.PositiveInfinity;
        double length = text.Length, backticks = text.Count('`');
        // What any character may be charged: the backtick runs of different lengths, the link addresses and the link
        // definitions open in its paragraph, each at most its opening character's count.
        var each = backticks + text.Count('(') + brackets;
        // The inlines counted grow by two at most per character; each web address starts before a ':' or '.' of its
        // own. Then: every character past every open mark, every web address back over the inlines, every definition
        // through those before it, and every line starting with '|' back over the inlines of every backtick run.
        var inlines = 1 + 2 * length;
        var addresses = text.Count(':') + text.Count('.');
        return length * each + 2 * marks * length + addresses * inlines + brackets * brackets
            + text.Count('|') * backticks * inlines;
    }

    /// <summary>
    /// What the scan makes of <paramref name="markdown"/>, bound or not: where it refuses it, and the work it charged
    /// up to there.
    /// </summary>
    internal static (long Work, (int Offset, string Problem, string Hint)? Excess) Scanned(string markdown,
        MarkdownMarks marks)
    {
        var workload = new MarkdownWorkload(markdown, marks);
        var excess = workload.Scan();
        return (workload._work, excess);
    }

    private (int Offset, string Problem, string Hint)? Scan()
    {
        StartParagraph();
        for (var start = 0; start < _text.Length;)
        {
            var end = start;
            while (end < _text.Length && _text[end] is not ('\n' or '\r')) end++;
            var next = end < _text.Length && _text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n'
                ? end + 2 : end + 1;
            if (IsBlank(start, end))
            {
                // Blank lines end paragraphs, and nothing Markdig matches reaches across one.
                StartParagraph();
            }
            else if (new MarkdownLine(_text, start, end).HeadingMark() is { } heading && ++_headings > MaxHeadings)
            {
                return (heading, string.Create(CultureInfo.InvariantCulture,
                    $"the text has more than {MaxHeadings:N0} headings, more than can be numbered in reasonable time"),
                    "split the text into several entries");
            }
            else if (ChargeLine(start, end, Math.Min(next, _text.Length)) is { } excess)
            {
                return (excess, "this paragraph has so many emphasis marks (* _ ~ ^ == ++), " +
                        "brackets, backticks, web addresses and " +
                        "link definitions that reading it as Markdown would take too long",
                    "split it into shorter paragraphs, close what you opened, " +
                    "or write a backslash before a mark meant as text " +
                    "(\\*, \\[, \\`)");
            }
            start = next;
        }
        return null;
    }

    private void StartParagraph()
    {
        _brackets.Clear();
        _parentheses.Clear();
        _backtickRuns.Clear();
        (_open, _inlines, _codeSpanLookBack, _addresses, _definitionsInParagraph) = (0, 1, 0, 0, 0);
        (_opaqueAt, _bracketClosedAt, _escapeNext, _escapedAt) = (-1, -2, false, -2);
    }

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] is not (' ' or '\t')) return false;
        }
        return true;
    }

    // Charges a line, its line break included; the offset where a limit is passed, if one is.
    private int? ChargeLine(int start, int end, int next)
    {
        // A link definition copies the rest of its paragraph, then looks through every definition before it.
        if (new MarkdownLine(_text, start, end).LinkDefinitionStart() is { } label && LabelEndsWithin(label))
        {
            _definitionsInParagraph++;
            _work += _definitions++;
        }
        // A code span that reaches a line starting with '|' looks back over the paragraph, in case it is in a table.
        var first = start;
        while (first < end && _text[first] is ' ' or '\t' or '>') first++;
        if (first < end && _text[first] == '|') _work += _codeSpanLookBack;
        for (var i = start; i < next; i++)
        {
            // Most of a text is letters, which cost only the scans still open: charged a run at a time.
            var plain = PlainRun(i, next);
            if (plain > 0)
            {
                if (ChargePlain(i, plain) is { } passed) return passed;
                i += plain - 1;
                continue;
            }
            Charge(i);
            if (_work > Budget || _open > MaxOpen) return i;
        }
        return null;
    }

    // How many characters from i (before end) cost only the scans still open. A word is looked at character by
    // character; a longer run (a line of Japanese, which has no spaces) is searched to its end at once.
    private int PlainRun(int i, int end)
    {
        var word = Math.Min(end, i + 16);
        var at = i;
        while (at < word && !_notable.Contains(_text[at])) at++;
        if (at < word || at == end) return at - i;
        return _text.AsSpan(at, end - at).IndexOfAny(_notable) is var notable and >= 0 ? at + notable - i : end - i;
    }

    // Charges the run of count plain characters at i as Charge would one by one; the offset where the budget is passed.
    private int? ChargePlain(int i, int count)
    {
        var each = _backtickRuns.Count + _addresses + _definitionsInParagraph;
        _escapeNext = false;
        if (_work + each > Budget) return i;
        if (each > 0 && (Budget - _work) / each < count) return i + (int)((Budget - _work) / each);
        _work += (long)each * count;
        return null;
    }

    // Charges the character at i what Markdig may do there, then notes what it opens or closes.
    private void Charge(int i)
    {
        var c = _text[i];
        // Scans ahead for the end of every code span and link address still open, and copies what follows each
        // definition.
        _work += _backtickRuns.Count + _addresses + _definitionsInParagraph;
        if (_inlineStarts.Contains(c))
        {
            // A new inline goes down through every open mark; each may end a piece of text, so there are at most two
            // per start.
            _work += 2L * _open;
            _inlines += 2;
        }
        if (c is 'h' or 'f' or 'm' or 't' or 'w' && IsWebAddressStart(i)) _work += _inlines;
        if (c == '`' && (i == 0 || _text[i - 1] != '`')) NoteBacktickRun(i);
        // A backslash makes the ASCII punctuation after it plain text.
        var escaped = _escapeNext
            && c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
        _escapeNext = !escaped && c == '\\';
        if (escaped) _escapedAt = i;
        else Note(c, i);
        // A link address ends at a space or a control character.
        if (c <= ' ' || char.IsControl(c))
        {
            _parentheses.Clear();
            _addresses = 0;
        }
    }

    // Whether "]:" follows the '[' at i closely enough to end a label; each "]:" is looked for once, for every line
    // before it.
    private bool LabelEndsWithin(int i)
    {
        if (_nextLabelEnd < i)
        {
            var at = _text.IndexOf("]:", i, StringComparison.Ordinal);
            _nextLabelEnd = at < 0 ? int.MaxValue : at;
        }
        return _nextLabelEnd - i <= 1000;
    }

    private bool IsWebAddressStart(int i)
    {
        var rest = _text.AsSpan(i);
        foreach (var start in WebAddressStarts)
        {
            if (rest.StartsWith(start, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // A code span ends at the next run of as many backticks, escaped or not; until then each length scans on.
    private void NoteBacktickRun(int i)
    {
        var end = i;
        while (end < _text.Length && _text[end] == '`') end++;
        _codeSpanLookBack += _inlines - _backtickRuns.GetValueOrDefault(end - i);
        _backtickRuns[end - i] = _inlines;
        _opaqueAt = i;
    }

    private void Note(char c, int i)
    {
        switch (c)
        {
            case '*' or '_' or '~' or '^' when StartsRun(i):
            case '+' or '=' when StartsRun(i) && i + 1 < _text.Length && _text[i + 1] == c:
                _open++;
                break;
            case '[':
                _open++;
                _brackets.Push(i);
                break;
            case ']':
                // A bracket closes the last one opened, unless a code span, raw HTML or a link address may hide it.
                if (_brackets.TryPeek(out var opened) && _opaqueAt < opened)
                {
                    _brackets.Pop();
                    _open--;
                }
                _bracketClosedAt = i;
                break;
            case '(':
                // After "]", a link address: it runs to the parenthesis that closes this one.
                _parentheses.Push(_bracketClosedAt == i - 1);
                if (_bracketClosedAt == i - 1) _addresses++;
                _opaqueAt = i;
                break;
            case ')':
                if (_parentheses.TryPop(out var address) && address) _addresses--;
                break;
            case '<':
                _opaqueAt = i;
                break;
        }
    }

    // A run of one mark is one delimiter; a mark after an escaped one starts a run of its own. "++" and "==" need two.
    private bool StartsRun(int i) => i == 0 || _text[i - 1] != _text[i] || _escapedAt == i - 1;
}
