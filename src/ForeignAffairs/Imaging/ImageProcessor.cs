using NetVips;

namespace ForeignAffairs.Imaging;

/// <summary>
/// Makes an image's variants with libvips: each size shrunk from the original once (while the JPEG is decoded, where it
/// can), turned upright as its camera recorded, in sRGB, without metadata (a photograph's location and camera stay
/// private), and encoded the same way on every machine and with any number of threads.
/// </summary>
internal static class ImageProcessor
{
    /// <summary>
    /// The most pixels an original may have: a camera's largest photograph is well below it, a crafted file above.
    /// </summary>
    public const long MaxPixels = 200_000_000;

    // WebP holds at most 16,383 pixels a side: a very tall image (an infographic) is shrunk to fit.
    private const int MaxHeight = 16_383;

    static ImageProcessor()
    {
        // The native command leaves NetVips's module initializer out of its start (NativeSubstitutions.xml), so that
        // commands that make no image do not load libvips: it runs here. On .NET it has run already, when this line
        // first read NetVips.
        if (!ModuleInitializer.VipsInitialized && ModuleInitializer.Exception is null) ModuleInitializer.Initialize();
        // Only the JPEG, PNG and WebP loaders are ever reached (the content is checked first), and nothing is cached
        // between images: each is processed once.
        NetVips.NetVips.BlockUntrusted = true;
        Cache.Max = 0;
    }

    /// <summary>The version of libvips, whose encoders give the bytes of the variants.</summary>
    public static string LibraryVersion =>
        $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";

    /// <summary>
    /// The variants of the image <paramref name="bytes"/>; null, with the problem, when it cannot be processed.
    /// </summary>
    public static IReadOnlyList<EncodedImage>? Process(byte[] bytes, out string? problem)
    {
        if (!IsJpegPngOrWebp(bytes))
        {
            problem = "it is not a JPEG, PNG or WebP image";
            return null;
        }
        try
        {
            using (var header = Image.NewFromBuffer(bytes))
            {
                if ((long)header.Width * header.Height > MaxPixels)
                {
                    problem = $"it has {header.Width} × {header.Height} pixels, " +
                        $"more than the {MaxPixels / 1_000_000} million an image may have";
                    return null;
                }
            }
            problem = null;
            return Encode(bytes);
        }
        catch (VipsException)
        {
            problem = "the file is damaged or incomplete";
            return null;
        }
    }

    private static List<EncodedImage> Encode(byte[] bytes)
    {
        // A file cut short is refused rather than published with its missing part in grey; an embedded colour profile
        // (a phone's Display P3) is converted to sRGB, which every browser shows alike.
        using var loaded = Image.ThumbnailBuffer(bytes, ImageSizes.Widths[^1], optionString: "fail_on=truncated",
            height: MaxHeight, size: Enums.Size.Down, outputProfile: "srgb");
        using var largest = Standard(loaded);
        // Only an image that is transparent somewhere keeps PNG; an opaque one with an alpha channel is a photograph or
        // plan.
        var alpha = largest.HasAlpha() && largest[largest.Bands - 1].Min() < 255;
        var encoded = new List<EncodedImage>();
        foreach (var width in ImageSizes.For(largest.Width))
        {
            using var sized = width == largest.Width
                ? largest.Copy()
                : largest.ThumbnailImage(width, height: MaxHeight);
            encoded.Add(new(new ImageVariant(sized.Width, sized.Height, ImageSizes.Modern),
                sized.WebpsaveBuffer(q: 78, effort: 4, keep: Enums.ForeignKeep.None)));
            encoded.Add(alpha
                ? new(new ImageVariant(sized.Width, sized.Height, "png"),
                    sized.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None))
                : new(new ImageVariant(sized.Width, sized.Height, "jpg"),
                    sized.JpegsaveBuffer(q: 80, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
        }
        return encoded;
    }

    // Eight bits per channel in sRGB (or grey), held in memory so that each size is shrunk from it rather than decoded
    // again.
    private static Image Standard(Image image)
    {
        var interpretation = image.Interpretation;
        using var eightBit = interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw
                && image.Format == Enums.BandFormat.Uchar
            ? image.Copy()
            : image.Colourspace(interpretation is Enums.Interpretation.Bw or Enums.Interpretation.Grey16
                ? Enums.Interpretation.Bw
                : Enums.Interpretation.Srgb);
        return eightBit.CopyMemory();
    }

    private static bool IsJpegPngOrWebp(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8));
}
