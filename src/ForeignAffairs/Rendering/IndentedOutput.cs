using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The output of a partial included on an indented line, written straight into the page as Scriban writes the partial's
/// whole text there: each later line that holds text starts with the include's indent; the first continues the include's line.
/// </summary>
internal sealed class IndentedOutput(IScriptOutput page, string indent, bool indentEmptyLines) : IScriptOutput
{
    private bool _atLineStart;

    public void Write(string text, int offset, int count)
    {
        var end = offset + count;
        while (offset < end)
        {
            var newline = text.IndexOf('\n', offset, end - offset);
            var length = (newline < 0 ? end : newline) - offset;
            // As Scriban: an empty line (or a lone carriage return) is not indented, unless the context says so.
            if (_atLineStart && (newline < 0 || indentEmptyLines || (length != 0 && (length != 1 || text[offset] != '\r'))))
                page.Write(indent, 0, indent.Length);
            if (newline < 0)
            {
                page.Write(text, offset, length);
                _atLineStart = false;
                return;
            }
            page.Write(text, offset, length + 1);
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
