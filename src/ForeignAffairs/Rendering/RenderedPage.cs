using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ForeignAffairs.Rendering;

/// <summary>A page ready to be written.</summary>
/// <param name="Path">The file, relative to the output folder: <c>en/projects/slug/index.html</c>.</param>
/// <param name="Html">The page; null while it is handed on with its markup as it was rendered (<see cref="Markup"/>),
/// once a build has written it, and once the preview has published it, since a large site is not held in memory whole
/// (<see cref="LetGoOfHtml"/>).</param>
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
    // The markup as it was rendered, while the page is handed on; then it is let go of, kept as a string, or kept as it
    // is (_keepsText) until the HTML is let go of.
    private PageText? _text;
    private bool _keepsText;
    private string? _html = Html;

    /// <inheritdoc cref="RenderedPage(string, string?, string?, string, SitemapEntry?, PageDependencies?)"
    ///     path="/param[@name='Html']"/>
    public string? Html
    {
        get => _html ??= _keepsText ? _text!.ToString() : null;
        private set => _html = value;
    }

    /// <summary>The links that the entry's text on the page writes, with their positions in the text.</summary>
    public IReadOnlyList<WrittenLink> TextLinks { get; init; } = [];

    /// <summary>
    /// A digest of the HTML (XXH128), kept when the HTML is let go of: what tells the next render of the page whether
    /// it changed. Taken first while the page has its HTML, by one thread at a time.
    /// </summary>
    public UInt128 Digest => _digest ??= XxHash128.HashToUInt128(MemoryMarshal.AsBytes(Markup.Span));

    /// <summary>
    /// The page's HTML: its <see cref="Html"/>, or while the page is handed on, the markup as it was rendered.
    /// </summary>
    internal ReadOnlyMemory<char> Markup => _html?.AsMemory() ?? _text?.Markup
        ?? throw new InvalidOperationException($"{Path} was let go of before its HTML was read");

    /// <summary>This page, holding <paramref name="text"/> as its HTML until <see cref="LetGoOfText"/>.</summary>
    internal RenderedPage Holding(PageText text)
    {
        _text = text;
        return this;
    }

    /// <summary>
    /// How long a page must be for the preview to keep its markup in an array lent by the shared pool rather than in a
    /// string of its own: the lists of every project, rendered again on every edit of a figure, took new memory of
    /// tens of megabytes each time; the pool's arrays, up to twice as long as what they hold, do not suit many pages.
    /// </summary>
    internal const int LongPage = 1 << 18;

    /// <summary>
    /// Lets go of the markup as it was rendered, once the page has been handed on: a page that is still kept as it is
    /// (<paramref name="kept"/>) keeps it as its <see cref="Html"/>, as a string or, when it is long, as it is.
    /// </summary>
    internal void LetGoOfText(bool kept)
    {
        if (_text is null) return;
        if (kept && _text.Length >= LongPage)
        {
            _text.LetGoOfBuilder();
            _keepsText = true;
            return;
        }
        if (kept) _html ??= _text.ToString();
        _text.Dispose();
        _text = null;
    }

    /// <summary>
    /// The page as a build keeps it once written: without its HTML, and with its <see cref="Digest"/> only if it was
    /// taken before (the preview takes it; a single build has no use for it).
    /// </summary>
    internal RenderedPage Written()
    {
        var written = this with { Html = null };
        (written._text, written._keepsText) = (null, false);
        return written;
    }

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
        if (_html is null && !_keepsText) return;
        _ = Digest;
        _html = null;
        if (!_keepsText) return;
        // The array goes back to the pool.
        _text!.Dispose();
        (_text, _keepsText) = (null, false);
    }
}
