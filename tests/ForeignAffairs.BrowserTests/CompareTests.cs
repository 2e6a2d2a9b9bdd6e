using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The comparison of parks: without JavaScript it is a table of every park; with it, a reader picks up to four parks,
/// sees only theirs, and the choice is kept in the address and restored from it.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class CompareTests(BrowserSite site)
{
    private static Task<string[]> VisibleParksAsync(IPage page) =>
        page.Locator("tr[data-park]").EvaluateAllAsync<string[]>(
            "rows => rows.filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.park)");

    [Fact]
    public async Task An_address_with_parks_shows_those_parks_and_choosing_more_keeps_them_in_the_address()
    {
        await using var reader = await site.NewReaderAsync("en-GB");
        var page = await ReaderPage.OpenAsync(reader, "/en/parks/compare/?parks=vung-ang-economic-zone,vsip-nghe-an");
        var form = page.Locator("form[data-compare-form]");

        Assert.True(await form.IsVisibleAsync());
        Assert.Equal(["vsip-nghe-an", "vung-ang-economic-zone"], await VisibleParksAsync(page));
        Assert.True(await form.GetByLabel("VSIP Nghệ An").IsCheckedAsync());
        Assert.Equal("Comparing 2 of 22 parks",
            (await page.Locator("[data-compare-count]").TextContentAsync())!.Trim());

        await form.GetByLabel("Đà Nẵng High-Tech Park").CheckAsync();
        await form.GetByLabel("Kim Hoa Industrial Park").CheckAsync();
        await ReaderPage.UntilAddressAsync(page,
            "/en/parks/compare/?parks=kim-hoa,vsip-nghe-an,vung-ang-economic-zone,da-nang-hi-tech-park");
        Assert.Equal(4, (await VisibleParksAsync(page)).Length);
        // Four is the most: the other parks wait until one is taken away, and the reader is told so.
        Assert.True(await form.GetByLabel("Yên Phong I Industrial Park").IsDisabledAsync());
        Assert.Equal("Comparing 4 of 22 parks Four parks is the most: take one away to choose another.",
            (await page.Locator("[data-compare-count]").TextContentAsync())!.Trim());

        await form.GetByRole(AriaRole.Button, new() { Name = "Show all parks" }).ClickAsync();
        await ReaderPage.UntilAddressAsync(page, "/en/parks/compare/");
        Assert.Equal(22, (await VisibleParksAsync(page)).Length);
        Assert.False(await form.GetByLabel("Yên Phong I Industrial Park").IsDisabledAsync());
    }

    [Fact]
    public async Task Without_javascript_every_park_is_compared_and_no_form_is_offered()
    {
        await using var reader = await site.NewReaderAsync("ko-KR", javaScript: false);
        var page = await ReaderPage.OpenAsync(reader, "/ko/parks/compare/?parks=vsip-nghe-an");

        Assert.False(await page.Locator("form[data-compare-form]").IsVisibleAsync());
        Assert.Equal(22, (await VisibleParksAsync(page)).Length);
    }
}
