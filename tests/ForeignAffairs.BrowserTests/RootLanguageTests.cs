using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The root page leads each reader to their language, remembers a choice, and works without JavaScript.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class RootLanguageTests(BrowserSite site)
{
    private static async Task<string> PathAfterOpeningRoot(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return new Uri(page.Url).AbsolutePath;
    }

    [Theory]
    [InlineData("ja-JP", "/ja/")]
    [InlineData("ko-KR", "/ko/")]
    [InlineData("en-GB", "/en/")]
    public async Task A_browser_preferring_a_language_of_the_site_is_sent_to_it(string locale, string expected)
    {
        await using var reader = await site.NewReaderAsync(locale);
        Assert.Equal(expected, await PathAfterOpeningRoot(reader));
    }

    [Fact]
    public async Task A_browser_preferring_another_language_stays_on_the_root_page_with_every_language_offered()
    {
        await using var reader = await site.NewReaderAsync("fr-FR");
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        Assert.Equal(["English", "日本語", "한국어"],
            await page.Locator("[data-language-chooser] a[hreflang]").AllTextContentsAsync());
    }

    [Fact]
    public async Task A_language_chosen_in_the_switcher_is_remembered_over_the_browsers_preference()
    {
        await using var reader = await site.NewReaderAsync("ja-JP");
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/en/projects/");
        await page.Locator(".lang-switch a[hreflang=ko]").ClickAsync();
        await page.WaitForURLAsync("**/ko/projects/");
        Assert.Equal("/ko/", await PathAfterOpeningRoot(reader));
    }

    [Fact]
    public async Task Without_javascript_the_root_page_offers_plain_links_to_every_language()
    {
        await using var reader = await site.NewReaderAsync("ja-JP", javaScript: false);
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        var hrefs = await page.Locator("a[hreflang]")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/en/", "/ja/", "/ko/"], hrefs);
    }

    [Fact]
    public async Task A_missing_address_shows_the_page_for_missing_addresses_in_its_language()
    {
        await using var reader = await site.NewReaderAsync("ja-JP");
        var page = await reader.NewPageAsync();
        var response = await page.GotoAsync("/ja/projects/no-such-project/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("ページが見つかりません", (await page.Locator("h1").TextContentAsync())!.Trim());

        var rootMissing = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, rootMissing!.Status);
        Assert.Equal(["en", "ja", "ko"],
            await page.Locator(".root-not-found li").EvaluateAllAsync<string[]>("items => items.map(i => i.lang)"));
    }
}
