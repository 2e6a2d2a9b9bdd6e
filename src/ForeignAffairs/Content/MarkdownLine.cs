namespace ForeignAffairs.Content;

/// <summary>
/// A line of Markdown looked at without parsing, past the marks of the quotes, lists, footnotes and definitions it is
/// in. Each question errs towards yes: what is counted bounds what Markdig finds.
/// </summary>
/// <param name="Text">The whole text.</param>
/// <param name="Start">Where the line starts.</param>
/// <param name="End">Where it ends, before its line break.</param>
internal readonly record struct MarkdownLine(string Text, int Start, int End)
{
    /// <summary>
    /// Where the line's heading mark ('#', or a run of '=' or '-' under a paragraph) starts; null when it is none.
    /// </summary>
    public int? HeadingMark()
    {
        var underline = Underline();
        for (var i = Start; (i = SkipSpaceAndQuotes(i)) < End;)
        {
            if (Text[i] == '#' || i == underline) return i;
            if (ContainerMarkEnd(i) is not { } next) return null;
            i = next;
        }
        return null;
    }

    /// <summary>
    /// Where a link reference definition ("[label]: address") may start on the line, or null. Its label then ends in
    /// "]:" within the 999 characters a label may have, perhaps on a later line.
    /// </summary>
    public int? LinkDefinitionStart()
    {
        for (var i = Start; (i = SkipSpaceAndQuotes(i)) < End;)
        {
            if (Text[i] == '[' && (i + 1 == End || Text[i + 1] != '^')) return i;
            if (ContainerMarkEnd(i) is not { } next) return null;
            i = next;
        }
        return null;
    }

    private int SkipSpaceAndQuotes(int i)
    {
        while (i < End && Text[i] is ' ' or '\t' or '>') i++;
        return i;
    }

    // Where a closing run of '=' or '-' (trailing spaces aside) starts, or -1.
    private int Underline()
    {
        var last = End - 1;
        while (last >= Start && Text[last] is ' ' or '\t') last--;
        if (last < Start || Text[last] is not ('=' or '-')) return -1;
        var first = last;
        while (first > Start && Text[first - 1] == Text[last]) first--;
        return first;
    }

    // After a list item's bullet or number, a definition's ':' or '~', or a footnote's "[^label]:" at i, when there is
    // one.
    private int? ContainerMarkEnd(int i)
    {
        var c = Text[i];
        if (c is '-' or '+' or '*' or ':' or '~') return EndsMark(i + 1) ? i + 1 : null;
        if (c == '[' && i + 1 < End && Text[i + 1] == '^')
        {
            var close = Text.IndexOf("]:", i, End - i, StringComparison.Ordinal);
            return close < 0 ? null : close + 2;
        }
        var number = i;
        while (number < End && number - i < 9 && char.IsAsciiLetterOrDigit(Text[number])) number++;
        return number > i && number < End && Text[number] is '.' or ')' && EndsMark(number + 1) ? number + 1 : null;
    }

    private bool EndsMark(int i) => i == End || Text[i] is ' ' or '\t';
}
