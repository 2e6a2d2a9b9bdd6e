using ForeignAffairs.Diagnostics;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ForeignAffairs.Content;

/// <summary>
/// The Markdown that entries are written in: CommonMark with tables, footnotes and the like, and cleaned raw HTML.
/// </summary>
internal static class MarkdownSyntax
{
    private static readonly MarkdownPipelineBuilder Builder = NewBuilder();

    private static readonly MarkdownPipeline Pipeline = Builder.Build();

    // Markdig keeps the renderers of a pipeline from text to text. One that failed part-way may keep a state of that
    // text (inline HTML turned off, say): after a failure, texts are written by the renderers of a pipeline built anew.
    private static MarkdownPipeline _renderers = Pipeline;

    /// <summary>
    /// The one pipeline for parsing and rendering. Raw HTML is parsed, then cleaned by <see cref="RawHtmlPolicy"/>.
    /// Grid tables are left out: their parser mistakes a paragraph line starting with "+-" for a table and repeats
    /// text; pipe tables cover the need.
    /// </summary>
    private static MarkdownPipelineBuilder NewBuilder() => new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFootnotes()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .Use<NestingLimit>()
        .Use<PictureLinks>();

    // Where the pipeline's inline parsers may start, line breaks included; every character, were one of them tried
    // anywhere.
    internal static readonly MarkdownMarks Marks = MarkdownMarks.For(
        Builder.InlineParsers.Any(p => p.OpeningCharacters is not { Length: > 0 })
            ? Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            : Builder.InlineParsers.SelectMany(p => p.OpeningCharacters!).Append('\n').Append('\r'));

    /// <summary>
    /// What is reported when Markdig fails on a text in spite of the limits, which should never happen.
    /// </summary>
    internal const string Unreadable =
        "the text could not be read as Markdown: something in it is more than the Markdown reader can handle";

    /// <summary>
    /// Parses <paramref name="markdown"/>, which starts on line <paramref name="bodyLine"/> of <paramref name="path"/>;
    /// null when it is nested too deep or would take too long to parse, which is reported to
    /// <paramref name="diagnostics"/> when given.
    /// </summary>
    public static MarkdownDocument? Parse(string markdown, string path, int bodyLine, DiagnosticBag? diagnostics)
    {
        MarkdownDocument? Refuse(string code, int offset, string problem, string hint)
        {
            diagnostics?.Error(code, new TextPositions(markdown, path, bodyLine).Locate(offset), problem, hint);
            return null;
        }

        if (MarkdownWorkload.Excess(markdown, Marks) is { } excess)
            return Refuse(DiagnosticCodes.MarkdownTooComplex, excess.Offset, excess.Problem, excess.Hint);
        if (RawHtmlDepth.FirstTooDeep(markdown) is { } deepHtml)
        {
            return Refuse(DiagnosticCodes.MarkdownTooDeep, deepHtml,
                $"raw HTML elements are opened here more than {RawHtmlDepth.MaxDepth} levels deep without being closed",
                "close each element you open (</div> for <div>), or write the content in Markdown");
        }
        var document = Guarded(() => Markdown.Parse(markdown, Pipeline), path, bodyLine, diagnostics);
        if (document is null || NestingLimit.FirstTooDeep(document) is not { } tooDeep) return document;
        return Refuse(DiagnosticCodes.MarkdownTooDeep, tooDeep,
            $"the text is nested more than {NestingLimit.MaxLevels} levels deep here: " +
            "quotes, lists, emphasis, brackets or links inside one another",
            "take out the extra '>' marks, list indentation or emphasis marks, and close the brackets you opened; " +
            "no text needs that many levels");
    }

    /// <summary>
    /// <paramref name="document"/>, parsed from the text that starts on line <paramref name="bodyLine"/> of
    /// <paramref name="path"/>, as HTML; null when Markdig fails on it, which is reported to
    /// <paramref name="diagnostics"/> when given.
    /// </summary>
    public static string? ToHtml(MarkdownDocument document, string path, int bodyLine, DiagnosticBag? diagnostics) =>
        Guarded(() =>
        {
            var renderers = _renderers;
            try
            {
                return Markdown.ToHtml(document, renderers);
            }
            catch
            {
                Interlocked.CompareExchange(ref _renderers, NewBuilder().Build(), renderers);
                throw;
            }
        }, path, bodyLine, diagnostics);

    /// <summary>
    /// The links and images of <paramref name="document"/>, parsed from <paramref name="markdown"/>, which starts on
    /// line <paramref name="bodyLine"/> of <paramref name="path"/>.
    /// </summary>
    public static IReadOnlyList<MarkdownLink> Links(MarkdownDocument document, string markdown, string path,
        int bodyLine)
    {
        var positions = new TextPositions(markdown, path, bodyLine);
        return document.Descendants<Inline>()
            .Where(i => i is LinkInline or AutolinkInline { IsEmail: false })
            .Select(i => new MarkdownLink(i, positions.Locate(i.Span.Start)))
            .ToArray();
    }

    // Markdig is a parser of whatever editors write: what it throws on a text is that text's problem, reported at the
    // text, so that neither a build nor the preview dies of it. The limits above keep it from happening.
    private static T? Guarded<T>(Func<T> markdig, string path, int bodyLine, DiagnosticBag? diagnostics) where T : class
    {
        try
        {
            return markdig();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics?.Error(DiagnosticCodes.MarkdownTooComplex, new SourceLocation(path, bodyLine, 1), Unreadable,
                "simplify the formatting, one part at a time, until the error goes away");
            return null;
        }
    }
}
