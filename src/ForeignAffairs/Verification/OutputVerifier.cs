using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Verification;

/// <summary>
/// The verify stage: reads every rendered page back as a browser would, before anything is written, and reports broken
/// links and fragments, pages in the wrong language, unreciprocated hreflang alternates and pages that are hard to find
/// or use. Each problem is reported at the site file behind the page, naming the page and the offending value; a broken
/// link or fragment that the entry's text on the page writes is reported at the link in the text.
/// </summary>
internal static class OutputVerifier
{
    // Browsers scroll to the top of the page for "#top" even when no element has that id.
    private const string TopFragment = "top";

    /// <summary>Every file the build publishes, pages first.</summary>
    internal static IEnumerable<string> PublishedPaths(RenderedSite rendered,
        IReadOnlyList<PublishedDocument> documents) =>
        rendered.Pages.Select(p => p.Path).Concat(rendered.Files.Select(f => f.Path))
            .Concat(documents.Select(d => d.Path));

    /// <summary>
    /// Checks one page against the others; returns the pages its links with a fragment and its alternates lead to,
    /// whose changes can change what it reports.
    /// </summary>
    internal static IReadOnlySet<string> Check(PageFacts page, OutputPaths paths,
        IReadOnlyDictionary<string, PageFacts> pages, IReadOnlyDictionary<string, HashSet<string>> alternatesOf,
        string defaultLanguage, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.File(page.Page.Source);
        var depends = new HashSet<string>(StringComparer.Ordinal);
        CheckDocument(page, page.Page.Language ?? defaultLanguage, location, diagnostics);
        CheckLinks(page, paths, pages, location, diagnostics, depends);
        CheckAlternates(page, paths, alternatesOf, location, diagnostics, depends);
        return depends;
    }

    private static void CheckDocument(PageFacts page, string language, SourceLocation location,
        DiagnosticBag diagnostics)
    {
        var path = page.Page.Path;
        if (page.Lang is null)
            diagnostics.Error(DiagnosticCodes.WrongPageLanguage, location,
                $"{path} has no lang attribute on <html>; the page is in '{language}'",
                $"write <html lang=\"{language}\"> in the layout");
        else if (!string.Equals(page.Lang, language, StringComparison.OrdinalIgnoreCase))
            diagnostics.Error(DiagnosticCodes.WrongPageLanguage, location,
                $"{path} has <html lang=\"{page.Lang}\">, but the page is in '{language}'",
                "use the page's language in the layout: lang=\"{{ page.lang }}\"");

        if (page.Title.Length == 0)
            diagnostics.Warning(DiagnosticCodes.MissingTitleOrDescription, location, $"{path} has no <title>",
                "search engines and browser tabs show the title");
        if (string.IsNullOrWhiteSpace(page.Description))
            diagnostics.Warning(DiagnosticCodes.MissingTitleOrDescription, location,
                $"{path} has no <meta name=\"description\">", "search engines show the description under the title");

        foreach (var id in page.DuplicateIds)
            diagnostics.Warning(DiagnosticCodes.DuplicateId, location,
                $"{path} has more than one element with id '{id}'", "links to #" + id + " lead to the first one only");
        foreach (var src in page.ImagesWithoutAlt.Distinct(StringComparer.Ordinal))
            diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, location,
                $"{path} has an image without an alt attribute: '{src}'",
                "describe the image in alt, or write alt=\"\" when it is decorative");
    }

    private static void CheckLinks(PageFacts page, OutputPaths paths, IReadOnlyDictionary<string, PageFacts> pages,
        SourceLocation location, DiagnosticBag diagnostics, HashSet<string> depends)
    {
        var path = page.Page.Path;
        var url = paths.UrlOf(path);
        foreach (var href in page.Links)
        {
            if (paths.Resolve(url, href) is not { } target) continue;
            if (!paths.Contains(target.Path))
            {
                diagnostics.Error(DiagnosticCodes.BrokenOutputLink, WrittenAt(page, paths, url, target) ?? location,
                    $"{path} links to '{href}', which leads to no page or file of the site ({target.Path})");
                continue;
            }
            if (target.Fragment is not { } fragment || fragment == TopFragment
                || !pages.TryGetValue(target.Path, out var targetPage))
                continue;
            depends.Add(target.Path);
            if (!targetPage.Ids.Contains(fragment))
            {
                var where = target.Path == path ? "the page" : target.Path;
                diagnostics.Error(DiagnosticCodes.MissingFragment, WrittenAt(page, paths, url, target) ?? location,
                    $"{path} links to '{href}', but {where} has no element with id '{fragment}'");
            }
        }
    }

    // Where the entry's text on the page writes a link to target, if it does: the place to fix it. Looked for only once
    // a link is found broken, so that pages without mistakes cost nothing more.
    private static SourceLocation? WrittenAt(PageFacts page, OutputPaths paths, Uri pageUrl, LinkTarget target) =>
        page.Page.TextLinks.FirstOrDefault(l => paths.Resolve(pageUrl, l.Url) == target)?.WrittenAt;

    private static void CheckAlternates(PageFacts page, OutputPaths paths,
        IReadOnlyDictionary<string, HashSet<string>> alternatesOf, SourceLocation location, DiagnosticBag diagnostics,
        HashSet<string> depends)
    {
        var path = page.Page.Path;
        var url = paths.UrlOf(path);
        foreach (var alternate in page.Alternates)
        {
            // x-default names the page for readers of any other language; it need not list every page that names it.
            if (alternate.Hreflang == "x-default" || paths.Resolve(url, alternate.Href) is not { } target
                || target.Path == path) continue;
            depends.Add(target.Path);
            // A missing target is a broken link, reported as such.
            if (alternatesOf.TryGetValue(target.Path, out var back) && !back.Contains(path))
                diagnostics.Warning(DiagnosticCodes.UnreciprocatedAlternate, location,
                    $"{path} lists {target.Path} as its '{alternate.Hreflang}' alternate ({alternate.Href}), " +
                    $"but {target.Path} does not list {path} back",
                    "search engines ignore hreflang alternates that are not reciprocal");
        }
    }

    internal static HashSet<string> AlternatePaths(PageFacts page, OutputPaths paths)
    {
        var url = paths.UrlOf(page.Page.Path);
        return page.Alternates.Select(a => paths.Resolve(url, a.Href)?.Path).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
