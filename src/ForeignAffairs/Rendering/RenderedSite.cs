namespace ForeignAffairs.Rendering;

/// <summary>The result of the render stage: every page and every file to copy, each in path order.</summary>
/// <param name="Pages">The rendered pages.</param>
/// <param name="Files">The files to copy.</param>
public sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages, IReadOnlyList<CopiedFile> Files)
{
    /// <summary>The number of pages in each language, in site order.</summary>
    public IReadOnlyList<(string Language, int Pages)> PagesPerLanguage(IEnumerable<string> languages) =>
        languages.Select(l => (l, Pages.Count(p => p.Language == l))).ToArray();
}
