using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The output of a partial included on an indented line, written straight into the page as Scriban writes the partial's
/// whole text there: each later line that holds text starts with the include's indent; the first continues the
/// include's line.
/// </summary>
internal sealed class IndentedOutput : IScriptOutput
{
    private readonly IScriptOutput _page;
    private readonly string _indent;
    private readonly bool _indentEmptyLines;
    // The partial's output this one stands in for, when the partial was itself included on an indented line.
    private readonly IndentedOutput? _within;
    private bool _atLineStart;

    private IndentedOutput(IScriptOutput page, string indent, bool indentEmptyLines, IndentedOutput? within)
    {
        (_page, _indent, _indentEmptyLines, _within) = (page, indent, indentEmptyLines, within);
    }

    /// <summary>
    /// The output of a partial included with <paramref name="indent"/> into <paramref name="output"/>. Within another
    /// partial's indented output, it is one output with both indents, which writes each line once rather than once per
    /// level: a table of 10,000 rows included two levels deep passes its text through both. The two are the same while
    /// both are within a line, as they are when the include starts; <see cref="Close"/> hands the line's state back.
    /// </summary>
    public static IndentedOutput Within(IScriptOutput output, string indent, bool indentEmptyLines) =>
        output is IndentedOutput { _atLineStart: false } outer && outer._indentEmptyLines == indentEmptyLines
            ? new IndentedOutput(outer._page, outer._indent + indent, indentEmptyLines, outer)
            : new IndentedOutput(output, indent, indentEmptyLines, null);

    /// <summary>
    /// Ends the partial: the output it was included into continues from where this one got to in its line.
    /// </summary>
    public void Close()
    {
        if (_within is not null) _within._atLineStart = _atLineStart;
    }

    public void Write(string text, int offset, int count)
    {
        var end = offset + count;
        while (offset < end)
        {
            var newline = text.IndexOf('\n', offset, end - offset);
            var length = (newline < 0 ? end : newline) - offset;
            // As Scriban: an empty line (or a lone carriage return) is not indented, unless the context says so.
            if (_atLineStart
                && (newline < 0 || _indentEmptyLines || (length != 0 && (length != 1 || text[offset] != '\r'))))
                _page.Write(_indent, 0, _indent.Length);
            if (newline < 0)
            {
                _page.Write(text, offset, length);
                _atLineStart = false;
                return;
            }
            _page.Write(text, offset, length + 1);
            _atLineStart = true;
            offset = newline + 1;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
