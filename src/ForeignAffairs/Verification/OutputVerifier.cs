using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Verification;

/// <summary>
/// The verify stage: reads every rendered page back as a browser would, before anything is written, and reports broken links
/// and fragments, pages in the wrong language, unreciprocated hreflang alternates and pages that are hard to find or use.
/// Each problem is reported at the site file behind the page, naming the page and the offending value.
/// </summary>
public static class OutputVerifier
{
    // Browsers scroll to the top of the page for "#top" even when no element has that id.
    private const string TopFragment = "top";

    /// <summary>
    /// Verifies the pages of <paramref name="rendered"/> against everything the build publishes. Pages already read in
    /// <paramref name="readings"/> are not read again.
    /// </summary>
    public static void Verify(RenderedSite rendered, IReadOnlyList<PublishedDocument> documents, SiteConfig config, DiagnosticBag diagnostics, PageReadings? readings = null)
    {
        // The facts keep page order, and the bag sorts what is reported.
        var facts = new PageFacts[rendered.Pages.Count];
        Parallel.For(0, facts.Length, i =>
            facts[i] = readings is null ? PageFacts.Read(rendered.Pages[i]) : readings.GetOrRead(rendered.Pages[i], PageFacts.Read));
        Verify(facts, rendered, documents, config, diagnostics);
    }

    /// <summary>Verifies pages from what was read of them as they were rendered (<see cref="PageFacts.Read"/>).</summary>
    internal static void Verify(IReadOnlyList<PageFacts> facts, RenderedSite rendered, IReadOnlyList<PublishedDocument> documents, SiteConfig config,
        DiagnosticBag diagnostics)
    {
        var paths = new OutputPaths(rendered.Pages.Select(p => p.Path).Concat(rendered.Files.Select(f => f.Path)).Concat(documents.Select(d => d.Path)),
            config.BaseUrl);
        var pages = facts.ToDictionary(f => f.Page.Path, StringComparer.Ordinal);
        var alternatesOf = facts.ToDictionary(f => f.Page.Path, f => AlternatePaths(f, paths), StringComparer.Ordinal);
        var expectedLanguage = config.DefaultLanguage.Code;
        Parallel.ForEach(facts, page =>
        {
            var location = SourceLocation.File(page.Page.Source);
            CheckDocument(page, page.Page.Language ?? expectedLanguage, location, diagnostics);
            CheckLinks(page, paths, pages, location, diagnostics);
            CheckAlternates(page, paths, alternatesOf, location, diagnostics);
        });
    }

    private static void CheckDocument(PageFacts page, string language, SourceLocation location, DiagnosticBag diagnostics)
    {
        var path = page.Page.Path;
        if (page.Lang is null)
            diagnostics.Error(DiagnosticCodes.WrongPageLanguage, location, $"{path} has no lang attribute on <html>; the page is in '{language}'",
                $"write <html lang=\"{language}\"> in the layout");
        else if (!string.Equals(page.Lang, language, StringComparison.OrdinalIgnoreCase))
            diagnostics.Error(DiagnosticCodes.WrongPageLanguage, location, $"{path} has <html lang=\"{page.Lang}\">, but the page is in '{language}'",
                "use the page's language in the layout: lang=\"{{ page.lang }}\"");

        if (page.Title.Length == 0)
            diagnostics.Warning(DiagnosticCodes.MissingTitleOrDescription, location, $"{path} has no <title>",
                "search engines and browser tabs show the title");
        if (string.IsNullOrWhiteSpace(page.Description))
            diagnostics.Warning(DiagnosticCodes.MissingTitleOrDescription, location, $"{path} has no <meta name=\"description\">",
                "search engines show the description under the title");

        foreach (var id in page.DuplicateIds)
            diagnostics.Warning(DiagnosticCodes.DuplicateId, location, $"{path} has more than one element with id '{id}'",
                "links to #" + id + " lead to the first one only");
        foreach (var src in page.ImagesWithoutAlt.Distinct(StringComparer.Ordinal))
            diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, location, $"{path} has an image without an alt attribute: '{src}'",
                "describe the image in alt, or write alt=\"\" when it is decorative");
    }

    private static void CheckLinks(PageFacts page, OutputPaths paths, Dictionary<string, PageFacts> pages, SourceLocation location, DiagnosticBag diagnostics)
    {
        var path = page.Page.Path;
        var url = paths.UrlOf(path);
        foreach (var href in page.Links)
        {
            if (paths.Resolve(url, href) is not { } target) continue;
            if (!paths.Contains(target.Path))
            {
                diagnostics.Error(DiagnosticCodes.BrokenOutputLink, location, $"{path} links to '{href}', which leads to no page or file of the site ({target.Path})");
                continue;
            }
            if (target.Fragment is { } fragment && fragment != TopFragment && pages.TryGetValue(target.Path, out var targetPage) && !targetPage.Ids.Contains(fragment))
            {
                var where = target.Path == path ? "the page" : target.Path;
                diagnostics.Error(DiagnosticCodes.MissingFragment, location, $"{path} links to '{href}', but {where} has no element with id '{fragment}'");
            }
        }
    }

    private static void CheckAlternates(PageFacts page, OutputPaths paths, Dictionary<string, HashSet<string>> alternatesOf, SourceLocation location, DiagnosticBag diagnostics)
    {
        var path = page.Page.Path;
        var url = paths.UrlOf(path);
        foreach (var alternate in page.Alternates)
        {
            // x-default names the page for readers of any other language; it need not list every page that names it.
            if (alternate.Hreflang == "x-default" || paths.Resolve(url, alternate.Href) is not { } target || target.Path == path) continue;
            // A missing target is a broken link, reported as such.
            if (alternatesOf.TryGetValue(target.Path, out var back) && !back.Contains(path))
                diagnostics.Warning(DiagnosticCodes.UnreciprocatedAlternate, location,
                    $"{path} lists {target.Path} as its '{alternate.Hreflang}' alternate ({alternate.Href}), but {target.Path} does not list {path} back",
                    "search engines ignore hreflang alternates that are not reciprocal");
        }
    }

    private static HashSet<string> AlternatePaths(PageFacts page, OutputPaths paths)
    {
        var url = paths.UrlOf(page.Page.Path);
        return page.Alternates.Select(a => paths.Resolve(url, a.Href)?.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
