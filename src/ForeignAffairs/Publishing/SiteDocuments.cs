using ForeignAffairs.Content;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>The files published besides the pages, made from the site and its rendered pages.</summary>
internal static class SiteDocuments
{
    /// <summary>
    /// Every document of <paramref name="site"/>, in path order: the sitemap (or its index and parts) and robots.txt, a
    /// news feed per language, the open data exports of the projects, the events' calendars, and the security headers
    /// for hosts that read a <c>_headers</c> file.
    /// </summary>
    internal static IReadOnlyList<PublishedDocument> For(Site site, RenderedSite rendered, ProjectExports projects)
    {
        Func<IEnumerable<PublishedDocument?>>[] made =
        [
            () => SitemapDocument.For(site.Config, rendered),
            () => [RobotsDocument.For(site.Config)],
            () => site.Config.Languages.Select(l => NewsFeed.For(site, l)),
            () => [ProjectsJson.For(site.Config, projects.Items)],
            () => [ProjectsCsv.For(site.Config.LanguageCodes, projects.Items)],
            () => Exports(site),
            () => EventCalendar.For(site),
            () => [SecurityPolicy.HeadersFile(site.Config)],
        ];
        // Made on every core, one kind at a time: the sitemap alone, with a line per page and language, took a quarter
        // of a second at 10,000 projects in three languages, while the others waited for it.
        var documents = new PublishedDocument?[made.Length][];
        Parallel.For(0, made.Length, Cores.Each, i => documents[i] = made[i]().ToArray());
        return documents.SelectMany(d => d).OfType<PublishedDocument>().OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToArray();
    }

    // The collections exported whole from their schema, when the site has entries in them.
    private static readonly Collection[] Exported = [Collection.Parks];

    private static IEnumerable<PublishedDocument> Exports(Site site) =>
        Exported.Where(c => site.In(c).Count > 0)
            .SelectMany(c => new[]
                { CollectionJson.For(site.Config, c, site.In(c)), CollectionCsv.For(site.Config, c, site.In(c)) });

    /// <summary>
    /// The documents of <paramref name="site"/> after a rebuild of a live site, with the same settings and entries as
    /// <paramref name="before"/>: each document whose inputs are the same as those of
    /// <paramref name="documentsBefore"/> is kept as it was (entries read again are new objects; pages rendered again
    /// are new objects), the others made again; the small ones are made again anyway.
    /// </summary>
    internal static IReadOnlyList<PublishedDocument> Update(Site site, RenderedSite rendered, ProjectExports projects,
        Site before, RenderedSite renderedBefore, ProjectExports projectsBefore,
        IReadOnlyList<PublishedDocument> documentsBefore)
    {
        var kept = documentsBefore.ToDictionary(d => d.Path, StringComparer.Ordinal);
        bool Same(Collection collection) =>
            site.In(collection).SequenceEqual(before.In(collection), ReferenceEqualityComparer.Instance);
        var sameProjects = projects.SameAs(projectsBefore);
        IEnumerable<PublishedDocument?> documents =
        [
            .. SameListings(rendered, renderedBefore)
                ? documentsBefore.Where(d => SitemapDocument.IsSitemap(d.Path))
                : SitemapDocument.For(site.Config, rendered),
            RobotsDocument.For(site.Config),
            .. Same(Collection.News)
                ? site.Config.Languages.Select(l => kept.GetValueOrDefault(NewsFeed.PathFor(l.Code)))
                : site.Config.Languages.Select(l => NewsFeed.For(site, l)),
            sameProjects ? kept[ProjectsJson.Path] : ProjectsJson.For(site.Config, projects.Items),
            sameProjects ? kept[ProjectsCsv.Path] : ProjectsCsv.For(site.Config.LanguageCodes, projects.Items),
            .. Exported.All(Same)
                ? Exported.SelectMany(c => new[] { CollectionJson.PathOf(c), CollectionCsv.PathOf(c) })
                    .Select(kept.GetValueOrDefault)
                : Exports(site),
            // Few and small: made again on every rebuild.
            .. EventCalendar.For(site),
            SecurityPolicy.HeadersFile(site.Config),
        ];
        return documents.OfType<PublishedDocument>().OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
    }

    // Whether every page is listed in the sitemap as before: pages kept from the last render are, the others are
    // compared.
    private static bool SameListings(RenderedSite rendered, RenderedSite before)
    {
        if (rendered.Pages.Count != before.Pages.Count) return false;
        for (var i = 0; i < rendered.Pages.Count; i++)
        {
            var (page, old) = (rendered.Pages[i], before.Pages[i]);
            if (ReferenceEquals(page, old)) continue;
            if (page.Path != old.Path || page.Sitemap?.Permalink != old.Sitemap?.Permalink) return false;
            if (!(page.Sitemap?.Alternates ?? []).SequenceEqual(old.Sitemap?.Alternates ?? [])) return false;
        }
        return true;
    }
}
