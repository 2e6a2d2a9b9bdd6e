using ForeignAffairs.Content;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Publishing;

/// <summary>The files published besides the pages, made from the site and its rendered pages.</summary>
public static class SiteDocuments
{
    /// <summary>
    /// Every document of <paramref name="site"/>, in path order: the sitemap and robots.txt, a news feed per language,
    /// the open data exports of the projects, and the security headers for hosts that read a <c>_headers</c> file.
    /// </summary>
    public static IReadOnlyList<PublishedDocument> For(Site site, RenderedSite rendered)
    {
        var projects = ProjectRecord.AllIn(site);
        IEnumerable<PublishedDocument?> documents =
        [
            SitemapDocument.For(rendered),
            RobotsDocument.For(site.Config),
            .. site.Config.Languages.Select(l => NewsFeed.For(site, l)),
            ProjectsJson.For(site.Config, projects),
            ProjectsCsv.For(site.Config.LanguageCodes, projects),
            SecurityPolicy.HeadersFile(site.Config),
        ];
        return documents.OfType<PublishedDocument>().OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
    }
}
