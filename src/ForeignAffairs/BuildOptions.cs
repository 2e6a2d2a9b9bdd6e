using ForeignAffairs.Imaging;
using ForeignAffairs.Publishing;

namespace ForeignAffairs;

/// <summary>What to build and where.</summary>
/// <param name="Source">The site folder (holding content/ and themes/).</param>
/// <param name="Output">The folder the site is published to; null for <c>&lt;source&gt;/output</c>.</param>
/// <param name="BaseUrl">An address that replaces site.yaml's base_url, such as a preview host's.</param>
/// <param name="Write">Whether to publish the result; false only checks the site.</param>
/// <param name="Verify">Whether to read the rendered pages back and check their links, ids, languages and metadata
/// before publishing.</param>
/// <param name="AdoptOutput">Whether to publish into a folder that holds files no build made, keeping them beside the
/// site.</param>
public sealed record BuildOptions(string Source, string? Output = null, Uri? BaseUrl = null, bool Write = true,
    bool Verify = true, bool AdoptOutput = false)
{
    /// <summary>
    /// Where Pagefind is looked for, and installed when allowed, for a site that has none in its <c>node_modules</c>;
    /// without it, a site without Pagefind of its own is built without search (with a warning).
    /// </summary>
    internal PagefindCache? Pagefind { get; init; }

    /// <summary>
    /// Where processed images are kept for later builds, such as <see cref="ImageCache.ForUser"/>; without it, a build
    /// processes the site's images anew (a preview once, keeping them in memory).
    /// </summary>
    internal ImageCache? Images { get; init; }

    /// <summary>Whether the build times each template it renders (<c>--template-metrics</c>).</summary>
    internal bool TemplateMetrics { get; init; }

    /// <summary>
    /// Whether Scriban's interpreter renders every template, rather than the code they are compiled to: what tests
    /// compare the compiled templates' output with.
    /// </summary>
    internal bool InterpretTemplates { get; init; }

    /// <summary>
    /// The day the build takes as today, for which events are upcoming and which past; null for the current day in
    /// Vietnam's time. A build is reproducible for a given day: set it to build the site as it will be (or was) on
    /// another.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>The output folder, defaulting to <c>output</c> inside the site folder.</summary>
    public string OutputFolder => Path.GetFullPath(Output ?? Path.Combine(Source, "output"));
}
