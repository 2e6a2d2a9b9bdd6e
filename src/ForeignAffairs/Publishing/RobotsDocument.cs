using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Publishing;

/// <summary><c>/robots.txt</c>: every crawler may read the whole site, and is told where the sitemap is.</summary>
internal static class RobotsDocument
{
    /// <summary>Where robots.txt is published, relative to the output folder.</summary>
    public const string Path = "robots.txt";

    /// <summary>The robots.txt of a site with <paramref name="config"/>.</summary>
    public static PublishedDocument For(SiteConfig config)
    {
        var urls = new SiteUrls(config);
        var text = $"User-agent: *\nAllow: {config.BasePath}\nSitemap: {urls.Permalink(SitemapDocument.Path)}\n";
        return new PublishedDocument(Path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }
}
