namespace ForeignAffairs.Imaging;

/// <summary>
/// Which files are processed as images, and the sizes and formats each is published in: widths for small phones, most
/// screens and wide or dense ones, each in WebP and in a format every browser reads (JPEG, or PNG for an image with
/// transparency). No size is larger than the original.
/// </summary>
internal static class ImageSizes
{
    /// <summary>
    /// The file extensions of the images that are processed; others (SVG, GIF) are published as they are.
    /// </summary>
    public static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Whether <paramref name="file"/> is an image that is processed, by its extension.</summary>
    public static bool Handles(string file) => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    /// <summary>The widths, in pixels, an image is published at when it is at least that wide.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    /// <summary>The modern format every current browser reads, smaller than JPEG at the same quality.</summary>
    public const string Modern = "webp";

    /// <summary>
    /// Changes whenever the sizes, formats or their settings change, so that images processed before are made again
    /// rather than taken from the cache.
    /// </summary>
    public const string Recipe = "480-960-1600/webp-q78/jpeg-q80-progressive/png/srgb/no-metadata/1";

    /// <summary>
    /// The widths an image <paramref name="width"/> pixels wide is published at: those below it, and its own up to the
    /// largest.
    /// </summary>
    public static IReadOnlyList<int> For(int width) =>
        [.. Widths.Where(w => w < width), Math.Min(width, Widths[^1])];
}
