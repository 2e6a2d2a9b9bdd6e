using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ForeignAffairs.Content;

/// <summary>
/// Keeps Markdown from nesting more than <see cref="MaxLevels"/> levels deep (quotes, list items, emphasis, links
/// inside one another). Markdig itself stops at 128 levels by throwing from deep inside parsing or rendering, with no
/// position. Here blocks open at most one level past the limit, so that once the text is parsed the first one too deep
/// is found at its position; inlines too deep are recorded and dropped as each paragraph is parsed, before anything
/// renders them (heading identifiers are made by rendering the heading while the text is still being parsed).
/// </summary>
internal sealed class NestingLimit : IMarkdownExtension
{
    /// <summary>The deepest nesting a text may have: far more than any text needs.</summary>
    public const int MaxLevels = 32;

    private static readonly object TooDeepInline = new();

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Ahead of every parser that may open a block: one guard for the characters that open quotes, footnotes,
        // figures and definitions, one among the parsers tried on any line (lists, paragraphs).
        pipeline.BlockParsers.Insert(0, new BlockNestingGuard(BlockNestingGuard.Punctuation));
        pipeline.BlockParsers.Insert(0, new BlockNestingGuard(null));
        // Last, so that it sees each paragraph once its emphasis has been resolved.
        pipeline.InlineParsers.Add(new InlineNestingGuard());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>
    /// The level of <paramref name="block"/>: how many containers it is in, itself included. A list counts once, for
    /// its item; a table, its rows and cells lay out rather than nest, and do not count.
    /// </summary>
    public static int Level(Block block)
    {
        var level = 0;
        for (Block? current = block; current is not null; current = current.Parent)
        {
            if (Counts(current)) level++;
        }
        return level;
    }

    /// <summary>
    /// Notes that an inline at <paramref name="offset"/> of <paramref name="document"/>'s text is nested too deep.
    /// </summary>
    public static void RecordTooDeep(MarkdownDocument document, int offset)
    {
        if (document.GetData(TooDeepInline) is not int known || offset < known) document.SetData(TooDeepInline, offset);
    }

    /// <summary>
    /// The offset in the text of the first block or inline of <paramref name="document"/> nested too deep, if any.
    /// </summary>
    public static int? FirstTooDeep(MarkdownDocument document)
    {
        var first = document.GetData(TooDeepInline) as int?;
        var pending = new Stack<(Block Block, int Level)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            var level = item.Level + (Counts(item.Block) ? 1 : 0);
            if (level > MaxLevels)
            {
                first = Math.Min(first ?? int.MaxValue, Math.Max(item.Block.Span.Start, 0));
                continue;
            }
            if (item.Block is ContainerBlock container)
            {
                foreach (var child in container) pending.Push((child, level));
            }
        }
        return first;
    }

    private static bool Counts(Block block) =>
        block is ContainerBlock and not (MarkdownDocument or ListBlock or Table or TableRow or TableCell);
}
