using NetVips;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// Images made for tests: nothing they show is real, and they are written only into temporary copies of sites.
/// </summary>
public static class TestImages
{
    /// <summary>A photograph-like JPEG: a gradient with noise, which compresses as photographs do.</summary>
    public static byte[] Photograph(int width, int height)
    {
        using var gradient = Image.Xyz(width, height)[0] * (255.0 / width);
        using var noise = Image.Gaussnoise(width, height, sigma: 20);
        using var grey = (gradient + noise).Cast(Enums.BandFormat.Uchar);
        using var colour = grey.Bandjoin(grey * 0.8, grey * 0.5).Cast(Enums.BandFormat.Uchar)
            .Copy(interpretation: Enums.Interpretation.Srgb);
        return colour.JpegsaveBuffer(q: 90);
    }

    /// <summary>
    /// A plan: blue lines on a transparent background, as a PNG with an alpha channel; or, <paramref name="opaque"/>,
    /// with an alpha channel that is opaque everywhere, as some drawing programs save.
    /// </summary>
    public static byte[] Plan(int width, int height, bool opaque = false)
    {
        using var lines = (Image.Xyz(width, height)[0] % 40) < 2;
        using var alpha = opaque ? (lines | 255).Cast(Enums.BandFormat.Uchar) : lines.Cast(Enums.BandFormat.Uchar);
        using var rgba = Image.Black(width, height).NewFromImage(20, 60, 160).Bandjoin(alpha)
            .Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgba.PngsaveBuffer();
    }
}
