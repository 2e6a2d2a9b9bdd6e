using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// On a phone 390 pixels wide, the home page's overview and the menu are read without scrolling sideways.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PhoneLayoutTests(BrowserSite site)
{
    private async Task<IPage> OnPhoneAsync(IBrowserContext reader, string address)
    {
        var page = await reader.NewPageAsync();
        await page.GotoAsync(address);
        return page;
    }

    private Task<IBrowserContext> PhoneAsync() => site.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.Address.ToString(),
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
    });

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public async Task The_provinces_at_a_glance_show_every_column_without_scrolling(string language)
    {
        await using var reader = await PhoneAsync();
        var page = await OnPhoneAsync(reader, $"/{language}/");
        var region = page.Locator("[aria-labelledby=ui-home-provinces-caption]");
        var widths = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"the table is {scroll} pixels wide in a region of {client}");
        // The population, the figure the table is for, is shown; the region is left to each province's page.
        var headings = await page.Locator("#ui-home-provinces-caption ~ thead th").EvaluateAllAsync<bool[]>(
            "cells => cells.map(c => c.getBoundingClientRect().width > 0)");
        Assert.Equal([true, false, true, true, true], headings);
    }

    [Fact]
    public async Task The_search_link_takes_its_place_in_the_menu_like_the_others()
    {
        await using var reader = await PhoneAsync();
        var page = await OnPhoneAsync(reader, "/en/");
        var lefts = await page.Locator(".main-nav li > a").EvaluateAllAsync<double[]>(
            "links => links.map(a => Math.round(a.getBoundingClientRect().left))");
        var search = await page.Locator(".main-nav .nav-search > a").EvaluateAsync<double>(
            "a => Math.round(a.getBoundingClientRect().left)");
        // Two columns of links, each starting at the same place: the search link starts where the others of its column
        // do.
        Assert.Equal(2, lefts.Distinct().Count());
        Assert.Contains(search, lefts[..^1]);
    }
}
