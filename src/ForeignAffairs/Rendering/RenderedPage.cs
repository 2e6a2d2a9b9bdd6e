using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ForeignAffairs.Rendering;

/// <summary>A page ready to be written.</summary>
/// <param name="Path">The file, relative to the output folder: <c>en/projects/slug/index.html</c>.</param>
/// <param name="Html">The page; null once a build has written it, and once the preview has published it, since a
/// large site is not held in memory whole (<see cref="LetGoOfHtml"/>).</param>
/// <param name="Language">The page's language, or null for the root page.</param>
/// <param name="Source">The site file the page comes from, for diagnostics about it.</param>
/// <param name="Sitemap">How the page is listed in the sitemap, or null when it is not (pages for missing addresses,
/// untranslated pages).</param>
/// <param name="Dependencies">What the page was made from, when the render noted it for later rebuilds.</param>
internal sealed record RenderedPage(
    string Path,
    string? Html,
    string? Language,
    string Source,
    SitemapEntry? Sitemap = null,
    PageDependencies? Dependencies = null)
{
    private UInt128? _digest;

    /// <inheritdoc cref="RenderedPage(string, string?, string?, string, SitemapEntry?, PageDependencies?)"
    ///     path="/param[@name='Html']"/>
    public string? Html { get; private set; } = Html;

    /// <summary>The links that the entry's text on the page writes, with their positions in the text.</summary>
    public IReadOnlyList<WrittenLink> TextLinks { get; init; } = [];

    /// <summary>
    /// A digest of the HTML (XXH128), kept when the HTML is let go of: what tells the next render of the page whether
    /// it changed. Taken first while the page has its HTML, by one thread at a time.
    /// </summary>
    public UInt128 Digest => _digest ??= XxHash128.HashToUInt128(MemoryMarshal.AsBytes(
        (Html ?? throw new InvalidOperationException($"{Path} was let go of before its digest was taken")).AsSpan()));

    /// <summary>
    /// The page as a build keeps it once written: without its HTML, and with its <see cref="Digest"/> only if it was
    /// taken before (the preview takes it; a single build has no use for it).
    /// </summary>
    internal RenderedPage Written() => this with { Html = null };

    /// <summary>This page, its <see cref="Digest"/> taken.</summary>
    internal RenderedPage WithDigest()
    {
        _ = Digest;
        return this;
    }

    /// <summary>
    /// Lets go of the HTML of a page the preview has published, keeping its <see cref="Digest"/>: the next rebuild
    /// needs only that, and a site of 30,000 pages would otherwise keep close to a gigabyte of them.
    /// </summary>
    internal void LetGoOfHtml()
    {
        if (Html is null) return;
        WithDigest().Html = null;
    }
}
