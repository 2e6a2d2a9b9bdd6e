using ForeignAffairs.Diagnostics;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ForeignAffairs.Content;

/// <summary>The Markdown that entries are written in: CommonMark with tables, footnotes and the like, and cleaned raw HTML.</summary>
public static class MarkdownSyntax
{
    /// <summary>
    /// The one pipeline for parsing and rendering. Raw HTML is parsed, then cleaned by <see cref="RawHtmlPolicy"/>. Grid tables are left out: their parser
    /// mistakes a paragraph line starting with "+-" for a table and repeats text; pipe tables cover the need.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
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
        .Build();

    /// <summary>Parses a body of Markdown.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// The links and images of <paramref name="document"/>, parsed from <paramref name="markdown"/>, which starts on line
    /// <paramref name="bodyLine"/> of <paramref name="path"/>. Positions come from character offsets, which stay exact where
    /// Markdig's own line numbers do not (setext headings).
    /// </summary>
    public static IReadOnlyList<MarkdownLink> Links(MarkdownDocument document, string markdown, string path, int bodyLine)
    {
        // Lines end at "\n", "\r\n" or a lone "\r", as for Markdig and YAML.
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n' || (markdown[i] == '\r' && (i + 1 == markdown.Length || markdown[i + 1] != '\n'))) lineStarts.Add(i + 1);
        }

        SourceLocation Locate(int offset)
        {
            var line = lineStarts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return new SourceLocation(path, bodyLine + line, offset - lineStarts[line] + 1);
        }

        return document.Descendants<Inline>()
            .Where(i => i is LinkInline or AutolinkInline { IsEmail: false })
            .Select(i => new MarkdownLink(i, Locate(Math.Max(i.Span.Start, 0))))
            .ToArray();
    }
}
