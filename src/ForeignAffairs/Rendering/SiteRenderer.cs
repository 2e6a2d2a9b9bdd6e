using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>The render stage: every page of every language, the root page, and the files to publish beside them.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// Renders <paramref name="site"/> with <paramref name="theme"/>, with a search page per language when <paramref name="search"/>
    /// is set. Languages are rendered in parallel; the result is in path order. With a <paramref name="scope"/>, each page notes
    /// what it depends on, and pages the scope keeps from a previous render are not rendered again; with a
    /// <paramref name="markdownMemo"/>, texts rendered before are not rendered again.
    /// </summary>
    public static RenderedSite Render(Site site, Theme theme, bool search, DiagnosticBag diagnostics, RenderScope? scope = null,
        BuildProgress? progress = null, MarkdownMemo? markdownMemo = null)
    {
        var config = site.Config;
        var urls = new SiteUrls(config);
        var markdown = new MarkdownRenderer(site, urls, markdownMemo);
        var pages = new List<RenderedPage>();

        var perLanguage = new List<RenderedPage>[config.Languages.Count];
        Parallel.For(0, config.Languages.Count, i =>
            perLanguage[i] = new LanguageRender(site, theme, config.Languages[i], urls, markdown, search, diagnostics, scope, progress).Pages());
        foreach (var list in perLanguage) pages.AddRange(list);

        var files = theme.Assets.Select(a => new CopiedFile($"assets/{a}", Path.Combine(theme.Folder, "assets", a)))
            .Concat(config.LanguageCodes.SelectMany(language => site.Entries.SelectMany(entry => entry.Resources.Select(r =>
                new CopiedFile(SiteUrls.EntryPath(language, entry.Key) + r, Path.Combine(site.Root, entry.Key.Folder, r))))))
            .ToList();

        ReportCollisions(site.Root, pages, files, diagnostics);
        return new RenderedSite(
            pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray(),
            files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray());
    }

    private static void ReportCollisions(string root, IEnumerable<RenderedPage> pages, IEnumerable<CopiedFile> files, DiagnosticBag diagnostics)
    {
        // Case-insensitive, since the site may be served from a case-insensitive file system.
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sources = pages.Select(p => (p.Path, p.Source))
            .Concat(files.Select(f => (f.Path, Source: Path.GetRelativePath(root, f.SourcePath).Replace('\\', '/'))));
        foreach (var (path, source) in sources)
        {
            if (taken.TryAdd(path, source)) continue;
            diagnostics.Error(DiagnosticCodes.PathCollision, SourceLocation.File(taken[path]),
                $"two files would be published as {path}", "rename one of them (an entry's file cannot be called index.html)");
        }
    }
}
