using ForeignAffairs.FileSystem;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Imaging;

/// <summary>
/// A processed image as a page writes it: a <c>picture</c> with its WebP sizes and an <c>img</c> with the fallback
/// sizes, and its width and height, so the page does not move as it loads.
/// </summary>
internal sealed record Picture(ProcessedImage Image, SiteUrls Urls)
{
    /// <summary>
    /// The width the text column gives an image in an entry's text, from which the browser picks the size to fetch.
    /// </summary>
    public const string InText = "(min-width: 50rem) 46rem, 100vw";

    /// <summary>The address of the fallback's middle size, for <c>src</c>.</summary>
    public string Src => Url(Image.Default);

    /// <summary>The <c>srcset</c> of the WebP sizes.</summary>
    public string ModernSrcset => Srcset(Image.Modern);

    /// <summary>The <c>srcset</c> of the fallback sizes.</summary>
    public string FallbackSrcset => Srcset(Image.Fallback);

    /// <summary>The media type of the modern sizes, for the <c>source</c> element.</summary>
    public string ModernType => Image.Modern[0].MediaType;

    private string Srcset(IReadOnlyList<ImageVariant> variants) =>
        string.Join(", ", variants.Select(v => $"{Url(v)} {v.Width}w"));

    // Each part escaped, as other published files are: a comma in a name would otherwise split a srcset.
    private string Url(ImageVariant variant) => Urls.Url(PublishedName.Escape(Image.PathOf(variant)));
}
