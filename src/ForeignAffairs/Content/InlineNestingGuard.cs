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
        var pending = new Stack<(Inline Inline, int Level)>();
        pending.Push((paragraph, NestingLimit.Level(block)));
        while (pending.TryPop(out var item))
        {
            if (item.Level > NestingLimit.MaxLevels)
            {
                first = Math.Min(first, Math.Max(item.Inline.Span.Start, 0));
                continue;
            }
            if (item.Inline is not ContainerInline container) continue;
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                pending.Push((child, item.Level + (child is ContainerInline ? 1 : 0)));
        }
        if (first == int.MaxValue) return true;
        NestingLimit.RecordTooDeep(state.Document, first);
        paragraph.Clear();
        return true;
    }
}
