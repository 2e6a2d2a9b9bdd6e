using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace ForeignAffairs.Content;

/// <summary>
/// Looks at each paragraph (heading, table cell...) once its inlines are parsed: when one is nested past
/// <see cref="NestingLimit.MaxLevels"/> levels, counting the blocks around the paragraph, it records where and drops
/// the paragraph's inlines, which would make Markdig's renderers throw.
/// </summary>
internal sealed class InlineNestingGuard : InlineParser, IPostInlineProcessor
{
    // It parses nothing: Markdig turns every '\0' of a text into U+FFFD, so no text opens it.
    public InlineNestingGuard() => OpeningCharacters = ['\0'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice) => false;

    /// <inheritdoc />
    public bool PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex,
        bool isFinalProcessing)
    {
        if (!isFinalProcessing || root is not ContainerInline paragraph || state.Block is not { } block) return true;
        var first = int.MaxValue;
        // Only containers are looked into: a leaf is as deep as the container it is in, which was not too deep. Most
        // paragraphs (a table's cells, a list's items) hold none, and need no stack.
        Stack<(ContainerInline Inline, int Level)>? pending = null;
        var item = (Inline: paragraph, Level: NestingLimit.Level(block));
        while (true)
        {
            if (item.Level > NestingLimit.MaxLevels)
                first = Math.Min(first, Math.Max(item.Inline.Span.Start, 0));
            else
                for (var child = item.Inline.FirstChild; child is not null; child = child.NextSibling)
                    if (child is ContainerInline inner) (pending ??= new()).Push((inner, item.Level + 1));
            if (pending is null || !pending.TryPop(out item)) break;
        }
        if (first == int.MaxValue) return true;
        NestingLimit.RecordTooDeep(state.Document, first);
        paragraph.Clear();
        return true;
    }
}
