using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>The search page of each language finds pages in that language, Japanese and Korean included.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    private async Task<string[]> ResultsFor(string language, string query)
    {
        await using var reader = await site.NewReaderAsync(language);
        var page = await reader.NewPageAsync();
        await page.GotoAsync($"/{language}/search/?q={Uri.EscapeDataString(query)}");
        var results = page.Locator(".pagefind-ui__result-link");
        await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        return await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
    }

    [Fact]
    public async Task A_japanese_query_finds_the_japanese_page()
    {
        var results = await ResultsFor("ja", "バクニン");
        Assert.Contains("/ja/provinces/bac-ninh/", results);
        Assert.All(results, path => Assert.StartsWith("/ja/", path));
    }

    [Fact]
    public async Task A_korean_query_finds_the_korean_page()
    {
        var results = await ResultsFor("ko", "다낭");
        Assert.Contains("/ko/provinces/da-nang/", results);
        Assert.All(results, path => Assert.StartsWith("/ko/", path));
    }

    [Fact]
    public async Task The_search_interface_speaks_the_readers_language()
    {
        await using var reader = await site.NewReaderAsync("ja");
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/ja/search/");
        var input = page.Locator(".pagefind-ui__search-input");
        await input.WaitForAsync();
        Assert.Equal("サイト内を検索", await input.GetAttributeAsync("placeholder"));
    }
}
