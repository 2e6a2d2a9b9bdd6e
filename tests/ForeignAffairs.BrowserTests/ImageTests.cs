using ForeignAffairs.Tests.Support;
using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The sample site with a photograph at the top of one project's page and a plan in its gallery: test images made for
/// the test, in a temporary copy.
/// </summary>
public sealed class ImageBrowserSite : BrowserSite
{
    public const string Page = "/en/projects/bac-ninh-electronics-component-plots/";
    private const string Project = "content/projects/bac-ninh-electronics-component-plots";
    private readonly SampleCopy _sample = new(search: false);

    protected override string Source()
    {
        File.WriteAllBytes(_sample.PathOf($"{Project}/aerial.jpg"), TestImages.Photograph(2400, 1600));
        File.WriteAllBytes(_sample.PathOf($"{Project}/plan.png"), TestImages.Plan(900, 600));
        File.AppendAllText(_sample.PathOf($"{Project}/index.yaml"),
            "images:\n" +
            "  - file: aerial.jpg\n    alt: {en: The plots seen from the north, ja: 北側から見た用地, ko: 북쪽에서 본 부지}\n" +
            "  - file: plan.png\n    alt: {en: Plan of the plots, ja: 用地の配置図, ko: 부지 배치도}\n");
        return _sample.Root;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _sample.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ImageBrowserCollection : ICollectionFixture<ImageBrowserSite>
{
    public const string Name = "images";
}

/// <summary>
/// Chromium loads an entry's images in WebP and in the size the screen needs: the small one on a phone, a larger one on
/// a wide screen with a dense display; and the page does not move as they arrive.
/// </summary>
[Collection(ImageBrowserCollection.Name)]
public sealed class ImageTests(ImageBrowserSite site)
{
    private static Task<string> CurrentSourceAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string>("img => img.currentSrc");

    // A phone loads the smallest WebP; a wide screen with a dense display the largest.
    [Theory]
    [InlineData(390, 844, 1, 480)]
    [InlineData(1280, 900, 2, 1600)]
    public async Task The_screen_loads_the_webp_of_the_width_it_needs(int width, int height, int density, int expected)
    {
        await using var reader = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = density,
        });
        var page = await reader.NewPageAsync();
        await page.GotoAsync(site.Address + ImageBrowserSite.Page.TrimStart('/'));
        await page.Locator(".entry-hero img").EvaluateAsync("img => img.decode()");

        Assert.Matches($@"/aerial-{expected}\.[0-9a-f]+\.webp$", await CurrentSourceAsync(page, ".entry-hero img"));
    }

    [Fact]
    public async Task The_gallery_loads_as_the_reader_scrolls_to_it_without_moving_the_page()
    {
        await using var reader = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await reader.NewPageAsync();
        await page.AddInitScriptAsync(LayoutShiftTests.Recorder);
        await page.GotoAsync(site.Address + ImageBrowserSite.Page.TrimStart('/'));
        var plan = page.Locator(".gallery img");
        Assert.Equal("", await plan.EvaluateAsync<string>("img => img.currentSrc"));

        await plan.ScrollIntoViewIfNeededAsync();
        await plan.EvaluateAsync("img => img.decode()");

        Assert.Matches(@"/plan-480\.[0-9a-f]+\.webp$", await plan.EvaluateAsync<string>("img => img.currentSrc"));
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        Assert.True(await page.EvaluateAsync<double>("() => window.__layoutShift") < 0.05);
    }
}
