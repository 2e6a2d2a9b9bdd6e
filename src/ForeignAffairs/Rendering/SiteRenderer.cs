using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Imaging;
using ForeignAffairs.Routing;
using System.Collections.Concurrent;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The render stage: every page of every language, the root page, and the files to publish beside them.
/// </summary>
internal static class SiteRenderer
{
    /// <summary>
    /// Renders <paramref name="site"/> with <paramref name="theme"/>, with a search page per language when
    /// <paramref name="search"/> is set. Pages are rendered on every core; the result is in path order. With a
    /// <paramref name="scope"/>, each page notes what it depends on, and pages the scope keeps from a previous render
    /// are not rendered again; with a <paramref name="markdownMemo"/>, texts rendered before are not rendered again,
    /// and with <paramref name="memory"/>, only the entry views of changed entries are filled again and only the cached
    /// partials that read a change are rendered again. <paramref name="rendered"/>, when given, receives each page
    /// rendered anew as soon as it is rendered (on any thread) and returns what to keep of it: a build writes the page
    /// there and keeps it without its HTML, so that a large site is never held in memory whole. The images of entries
    /// are processed first, taken from <paramref name="imageCache"/> when it has them. With
    /// <paramref name="metrics"/>, each thread's renderers time the templates they render.
    /// </summary>
    internal static RenderedSite Render(Site site, Theme theme, bool search, DiagnosticBag diagnostics,
        RenderScope? scope = null, BuildProgress? progress = null, MarkdownMemo? markdownMemo = null,
        Func<RenderedPage, RenderedPage>? rendered = null, RenderMemory? memory = null, ImageCache? imageCache = null,
        TemplateMetrics? metrics = null)
    {
        var config = site.Config;
        var urls = new SiteUrls(config);
        var memo = markdownMemo ?? new MarkdownMemo();
        var images = SiteImages.Of(site, imageCache ?? new ImageCache(null), diagnostics);
        var markdown = new MarkdownRenderer(site, urls, memo, images);
        // Every text is rendered first, on every core, and its problems reported; each language's views then find it
        // ready. A rebuild renders only the texts of the entries it read again, and reports what the others reported
        // before.
        var prepare = memo.ToPrepare(site, diagnostics);
        // An array, which the threads share out by ranges rather than by taking turns at one enumerator.
        var texts = config.LanguageCodes.SelectMany(code => prepare.Select(entry => (Code: code, Entry: entry)))
            .ToArray();
        Parallel.ForEach(texts, Cores.Each,
            item =>
            {
                if (item.Entry.Texts.TryGetValue(EntryViews.ContentLanguage(item.Entry, item.Code, config),
                        out var text))
                    markdown.Prepare(item.Entry, text, item.Code, diagnostics);
            });

        var languages = new LanguageRender[config.Languages.Count];
        var plans = new IReadOnlyList<PageJob>[languages.Length];
        var groups = memory?.GroupsFor(site, scope) ?? new ProjectGroups(site);
        Parallel.For(0, languages.Length, Cores.Each, i =>
        {
            languages[i] = new LanguageRender(site, theme, config.Languages[i], urls, markdown, groups, search,
                diagnostics, memory, scope);
            plans[i] = languages[i].Plan();
        });
        var jobs = plans.SelectMany(p => p).ToArray();
        // Every language is given the same names.
        UnsetVariables.Report(theme, languages[0].GivenNames(), diagnostics);

        var (pages, anew) = RenderPages(jobs, memory?.Buffers ?? new OutputBuffers(), scope, progress, rendered,
            metrics);

        var files = CopiedFiles(site, theme, images);
        var kept = (memory?.Order ?? new PageOrder()).Of(jobs).Select(i => pages[i]).OfType<RenderedPage>().ToArray();
        // The pages kept are noted already; those rendered anew are noted with what they read now that they did not
        // before.
        var readers = scope?.ReadersToNote();
        readers?.Note(pages.Where((page, i) => anew[i]).OfType<RenderedPage>(), scope!.Before);
        var copied = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        // A rebuild that publishes at the same paths as the last good render cannot have brought two files to one.
        var result = new RenderedSite(kept, copied) { Readers = readers };
        if (scope is not null && scope.SamePaths(kept, copied)) scope.SharePaths(result);
        else ReportCollisions(site.Root, kept, copied, diagnostics);
        return result;
    }

    // Small ranges handed out as threads free up: pages differ widely in cost (a list of every project, a short page).
    // Each thread renders with contexts of its own, one per language. Returns each job's page and whether it was
    // rendered anew.
    private static (RenderedPage?[] Pages, bool[] Anew) RenderPages(PageJob[] jobs, OutputBuffers buffers,
        RenderScope? scope, BuildProgress? progress, Func<RenderedPage, RenderedPage>? rendered,
        TemplateMetrics? metrics)
    {
        var pages = new RenderedPage?[jobs.Length];
        var anew = new bool[jobs.Length];
        var ranges = Partitioner.Create(0, jobs.Length, 16);
        Parallel.ForEach(ranges, Cores.Each, () => new Dictionary<LanguageRender, PageRenderer>(),
            (range, _, renderers) =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var job = jobs[i];
                progress?.PageRendered();
                // A page that depends on nothing that changed is kept from the previous render, and was handed on then.
                if (scope?.Reuse(job.File) is { } previous)
                {
                    pages[i] = previous;
                    continue;
                }
                if (!renderers.TryGetValue(job.Language, out var renderer))
                    renderers[job.Language] = renderer = job.Language.NewRenderer(buffers, metrics?.NewClock());
                anew[i] = true;
                pages[i] = HandOn(job.Render(renderer, scope), rendered);
            }
            return renderers;
        }, _ => { });
        return (pages, anew);
    }

    // Hands a page on while it holds its markup as it was rendered; the builder then goes back to be used again, unless
    // the page is kept as it is, when it keeps its markup as a string.
    private static RenderedPage? HandOn(RenderedPage? page, Func<RenderedPage, RenderedPage>? rendered)
    {
        if (page is null) return null;
        RenderedPage? handed = null;
        try
        {
            handed = rendered is null ? page : rendered(page);
            return handed;
        }
        finally
        {
            page.LetGoOfText(kept: ReferenceEquals(handed, page));
        }
    }

    // The theme's assets, the processed images, and each entry's own files beside its page in every language. Most
    // entries have no files of their own; a large site should not pay for asking each of them in each language.
    private static List<CopiedFile> CopiedFiles(Site site, Theme theme, SiteImages images)
    {
        var withFiles = site.Entries.Where(entry => entry.Resources.Count > 0).ToArray();
        return theme.Assets
            .Concat(images.Files)
            .Concat(site.Config.LanguageCodes.SelectMany(language => withFiles.SelectMany(entry =>
                entry.Resources.Select(r => new CopiedFile(SiteUrls.EntryPath(language, entry.Key) + r,
                    Path.Combine(site.Root, entry.Key.Folder, r))))))
            .ToList();
    }

    private static void ReportCollisions(string root, IEnumerable<RenderedPage> pages, IEnumerable<CopiedFile> files,
        DiagnosticBag diagnostics)
    {
        // Case-insensitive, since the site may be served from a case-insensitive file system.
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sources = pages.Select(p => (p.Path, p.Source))
            .Concat(files.Select(f => (f.Path, Source: f.Content is null
                ? Path.GetRelativePath(root, f.SourcePath).Replace('\\', '/')
                : f.SourcePath)));
        foreach (var (path, source) in sources)
        {
            if (taken.TryAdd(path, source)) continue;
            diagnostics.Error(DiagnosticCodes.PathCollision, SourceLocation.File(taken[path]),
                $"two files would be published as {path}",
                "rename one of them: names that differ only in case are one address on many web servers");
        }
    }
}
