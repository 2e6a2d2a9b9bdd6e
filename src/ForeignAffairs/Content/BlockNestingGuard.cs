using Markdig.Parsers;

namespace ForeignAffairs.Content;

/// <summary>
/// Tried before the parsers that open blocks: inside a container one level past <see cref="NestingLimit.MaxLevels"/>,
/// it drops the rest of the line, so that nothing opens deeper. The text is then refused at the first container too
/// deep (<see cref="NestingLimit.FirstTooDeep"/>), so what is dropped is never shown.
/// </summary>
internal sealed class BlockNestingGuard : BlockParser
{
    /// <summary>Every ASCII punctuation character: among them, all that open a container block.</summary>
    public static readonly char[] Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".ToCharArray();

    /// <summary>
    /// A guard tried on lines starting with one of <paramref name="openingCharacters"/>, or on every line when null.
    /// </summary>
    public BlockNestingGuard(char[]? openingCharacters) => OpeningCharacters = openingCharacters;

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor) =>
        processor.CurrentContainer is { } container && NestingLimit.Level(container) > NestingLimit.MaxLevels
            ? BlockState.BreakDiscard
            : BlockState.None;
}
