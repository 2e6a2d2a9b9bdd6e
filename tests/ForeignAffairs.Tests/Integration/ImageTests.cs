using AngleSharp.Dom;
using ForeignAffairs.Imaging;
using ForeignAffairs.Tests.Support;
using NetVips;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample site with images of its own on one project: a photograph (a JPEG 2,000 pixels wide, taken first, at the
/// top of the page and in the text), and a plan with transparency (a PNG 600 pixels wide) in the gallery below the
/// text.
/// </summary>
public sealed class ImageSite : IDisposable
{
    public const string Project = "content/projects/bac-ninh-electronics-component-plots";

    public ImageSite()
    {
        Copy = new SampleCopy(search: false);
        File.WriteAllBytes(Copy.PathOf($"{Project}/aerial.jpg"), TestImages.Photograph(2000, 1500));
        File.WriteAllBytes(Copy.PathOf($"{Project}/plan.png"), TestImages.Plan(600, 400));
        File.AppendAllText(Copy.PathOf($"{Project}/index.yaml"),
            "images:\n" +
            "  - file: aerial.jpg\n" +
            "    alt: {en: The plots seen from the north, ja: 北側から見た用地, ko: 북쪽에서 본 부지}\n" +
            "    caption: {en: The plots in 2025}\n" +
            "    credit: An example credit\n" +
            "  - file: plan.png\n" +
            "    alt: {en: Plan of the plots, ja: 用地の配置図, ko: 부지 배치도}\n");
        File.AppendAllText(Copy.PathOf($"{Project}/en.md"),
            "\n![The plots from the air](aerial.jpg \"Aerial view\")\n");
        Built = BuiltSite.Build(Copy);
    }

    public SampleCopy Copy { get; }

    public BuiltSite Built { get; }

    public void Dispose() => Copy.Dispose();
}

/// <summary>
/// An entry's images are published in several widths, in WebP with a JPEG or PNG fallback, with their width and height
/// set; the first at the top of the page, loaded at once, the others in a gallery below the text, loaded lazily; each
/// with its alternative text in the page's language; an image in the text as a picture too.
/// </summary>
public sealed class ImageTests(ImageSite site) : IClassFixture<ImageSite>
{
    private const string Page = "projects/bac-ninh-electronics-component-plots/index.html";

    private static (string Url, int Width)[] Candidates(string srcset) =>
        srcset.Split(", ").Select(c => c.Split(' ')).Select(p => (p[0], int.Parse(p[1].TrimEnd('w')))).ToArray();

    private void AssertFilesMatch(string srcset, string extension)
    {
        foreach (var (url, width) in Candidates(srcset))
        {
            Assert.EndsWith("." + extension, url);
            Assert.True(site.Built.Has(url.TrimStart('/')), $"{url} is not published");
            using var image = Image.NewFromFile(Path.Combine(site.Built.Output, url.TrimStart('/')));
            Assert.Equal(width, image.Width);
        }
    }

    [Fact]
    public void The_first_image_is_at_the_top_of_the_page_in_three_widths_and_two_formats()
    {
        var hero = site.Built.Page("en/" + Page).QuerySelector(".entry-hero picture")!;
        var source = hero.QuerySelector("source")!;
        var img = hero.QuerySelector("img")!;

        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal([480, 960, 1600], Candidates(source.GetAttribute("srcset")!).Select(c => c.Width));
        Assert.Equal([480, 960, 1600], Candidates(img.GetAttribute("srcset")!).Select(c => c.Width));
        AssertFilesMatch(source.GetAttribute("srcset")!, "webp");
        AssertFilesMatch(img.GetAttribute("srcset")!, "jpg");
        Assert.Equal(("960", "720"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(Candidates(img.GetAttribute("srcset")!)[1].Url, img.GetAttribute("src"));
        Assert.Equal(source.GetAttribute("sizes"), img.GetAttribute("sizes"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.False(img.HasAttribute("loading"));
    }

    [Theory]
    [InlineData("en", "The plots seen from the north")]
    [InlineData("ja", "北側から見た用地")]
    [InlineData("ko", "북쪽에서 본 부지")]
    public void Each_language_describes_the_image_in_its_own_words(string language, string alt)
    {
        var img = site.Built.Page($"{language}/{Page}").QuerySelector(".entry-hero img")!;

        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.False(img.HasAttribute("lang"));
    }

    [Fact]
    public void A_caption_not_translated_says_its_language_and_the_credit_follows()
    {
        var caption = site.Built.Page("ja/" + Page).QuerySelector(".entry-hero figcaption")!;

        Assert.Equal("en", caption.QuerySelector("span")!.GetAttribute("lang"));
        Assert.Equal("The plots in 2025", caption.QuerySelector("span")!.TextContent);
        Assert.Equal("画像：An example credit", caption.QuerySelector(".image-credit")!.TextContent);
    }

    [Fact]
    public void The_other_images_are_in_a_gallery_below_the_text_and_load_lazily()
    {
        var gallery = site.Built.Page("en/" + Page).QuerySelectorAll(".gallery picture").ToArray();

        var plan = Assert.Single(gallery);
        var img = plan.QuerySelector("img")!;
        Assert.Equal("Plan of the plots", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal(("600", "400"), (img.GetAttribute("width"), img.GetAttribute("height")));
        // A plan with transparency keeps it in its fallback, which is PNG; no size is larger than the original.
        Assert.Equal([480, 600], Candidates(img.GetAttribute("srcset")!).Select(c => c.Width));
        AssertFilesMatch(img.GetAttribute("srcset")!, "png");
        AssertFilesMatch(plan.QuerySelector("source")!.GetAttribute("srcset")!, "webp");
    }

    [Fact]
    public void An_image_in_the_text_is_a_picture_with_the_width_of_the_text_column()
    {
        var prose = site.Built.Page("en/" + Page).QuerySelector(".prose")!;

        var img = prose.QuerySelector("picture > img")!;
        Assert.Equal("The plots from the air", img.GetAttribute("alt"));
        Assert.Equal("Aerial view", img.GetAttribute("title"));
        Assert.Equal(Picture.InText, img.GetAttribute("sizes"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal(("960", "720"), (img.GetAttribute("width"), img.GetAttribute("height")));
        AssertFilesMatch(prose.QuerySelector("picture > source")!.GetAttribute("srcset")!, "webp");
    }

    [Fact]
    public void The_originals_are_still_published_and_not_listed_again_as_documents()
    {
        Assert.True(site.Built.Has("en/projects/bac-ninh-electronics-component-plots/aerial.jpg"));
        Assert.True(site.Built.Has("en/projects/bac-ninh-electronics-component-plots/plan.png"));
        var documents = site.Built.Page("en/" + Page).QuerySelectorAll(".file-list a").Select(a => a.TextContent);
        Assert.DoesNotContain("aerial.jpg", documents);
        Assert.DoesNotContain("plan.png", documents);
    }

    [Fact]
    public void The_variants_carry_no_metadata_and_are_published_once_for_every_language()
    {
        var folder = Path.Combine(site.Built.Output, "images", "projects", "bac-ninh-electronics-component-plots");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(10, files.Length); // three widths of the photograph and two of the plan, each in two formats
        foreach (var file in files)
        {
            using var image = Image.NewFromFile(Path.Combine(folder, file!));
            Assert.DoesNotContain(image.GetFields(),
                f => f.StartsWith("exif", StringComparison.Ordinal) || f == "icc-profile-data");
        }
    }
}
