using ForeignAffairs.Imaging;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// Processing one image: the sizes it gets, the same bytes every time, and a kind refusal of what is not an image; the
/// cache that keeps the result for later builds.
/// </summary>
public sealed class ImageProcessorTests
{
    [Theory]
    [InlineData(300, new[] { 300 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(1200, new[] { 480, 960, 1200 })]
    [InlineData(4000, new[] { 480, 960, 1600 })]
    public void An_image_gets_the_widths_below_its_own_and_none_larger(int width, int[] expected)
    {
        var variants = ImageProcessor.Process(TestImages.Photograph(width, width / 2), out var problem)!;

        Assert.Null(problem);
        Assert.Equal(expected, variants.Where(v => v.Variant.Extension == "webp").Select(v => v.Variant.Width));
        Assert.Equal(expected, variants.Where(v => v.Variant.Extension == "jpg").Select(v => v.Variant.Width));
        Assert.All(variants, v => Assert.Equal(Math.Round(v.Variant.Width / 2.0), v.Variant.Height, 0));
    }

    [Fact]
    public void A_very_tall_image_is_shrunk_to_the_height_webp_can_hold()
    {
        var variants = ImageProcessor.Process(TestImages.Photograph(1200, 20_000), out var problem)!;

        Assert.Null(problem);
        Assert.All(variants, v => Assert.True(v.Variant.Height <= 16_383, $"{v.Variant.Width} × {v.Variant.Height}"));
    }

    [Fact]
    public void Only_an_image_transparent_somewhere_keeps_png_as_its_fallback()
    {
        var plan = ImageProcessor.Process(TestImages.Plan(600, 400), out _)!;
        var opaque = ImageProcessor.Process(TestImages.Plan(600, 400, opaque: true), out _)!;

        Assert.Equal(["webp", "png"], plan.Select(v => v.Variant.Extension).Distinct());
        Assert.Equal(["webp", "jpg"], opaque.Select(v => v.Variant.Extension).Distinct());
    }

    [Fact]
    public void The_same_image_gives_the_same_bytes()
    {
        var photograph = TestImages.Photograph(1700, 1000);

        var first = ImageProcessor.Process(photograph, out _)!;
        var second = ImageProcessor.Process(photograph, out _)!;

        Assert.Equal(first.Select(v => v.Bytes), second.Select(v => v.Bytes));
    }

    [Fact]
    public void Text_saved_with_an_image_name_is_refused_with_what_it_is_not()
    {
        Assert.Null(ImageProcessor.Process("not a picture"u8.ToArray(), out var problem));
        Assert.Equal("it is not a JPEG, PNG or WebP image", problem);
    }

    [Fact]
    public void A_truncated_image_is_refused_as_damaged()
    {
        var photograph = TestImages.Photograph(800, 600);

        Assert.Null(ImageProcessor.Process(photograph[..(photograph.Length / 3)], out var problem));
        Assert.Equal("the file is damaged or incomplete", problem);
    }

    // A photograph in a temporary folder, and where a cache in that folder keeps its variants.
    private static (string Original, string Cache) Photograph(TempFolder folder)
    {
        var original = Path.Combine(folder.Root, "aerial.jpg");
        File.WriteAllBytes(original, TestImages.Photograph(1000, 500));
        return (original, Path.Combine(folder.Root, "cache"));
    }

    [Fact]
    public void A_cached_image_whose_manifest_is_cut_short_is_processed_again()
    {
        using var folder = new TempFolder();
        var (original, cacheFolder) = Photograph(folder);
        var first = new ImageCache(cacheFolder).Get(original);
        var bytes = first.Variants.Select(v => File.ReadAllBytes(v.File!)).ToArray();
        var manifest = Path.Combine(Path.GetDirectoryName(first.Variants[0].File!)!, "manifest");
        File.WriteAllText(manifest, "480 2");

        var later = new ImageCache(cacheFolder).Get(original);

        Assert.Null(later.Problem);
        Assert.Equal(first.Variants.Select(v => v.Variant), later.Variants.Select(v => v.Variant));
        Assert.Equal(bytes, later.Variants.Select(v => File.ReadAllBytes(v.File!)));
        Assert.Equal("480 240 webp", File.ReadLines(manifest).First());
    }

    [Fact]
    public void A_later_build_takes_the_variants_from_the_cache_folder()
    {
        using var folder = new TempFolder();
        var (original, cacheFolder) = Photograph(folder);

        var first = new ImageCache(cacheFolder).Get(original);
        // A mark written over a cached variant shows that a new cache (a later build) reads the folder instead of
        // processing.
        var marked = first.Variants[0].File!;
        File.WriteAllBytes(marked, "mark"u8.ToArray());
        var later = new ImageCache(cacheFolder).Get(original);

        Assert.Equal(first.Hash, later.Hash);
        Assert.Equal(first.Variants.Select(v => v.Variant), later.Variants.Select(v => v.Variant));
        Assert.Equal("mark"u8.ToArray(), File.ReadAllBytes(later.Variants[0].File!));
    }
}
