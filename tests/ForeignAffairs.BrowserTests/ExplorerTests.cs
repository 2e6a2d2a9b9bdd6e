using System.Globalization;
using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The project explorer: its form narrows and sorts the list in place and keeps the choice in the address, an address
/// with a choice restores it, and without JavaScript the list and the links to the pre-built views are all there is.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ExplorerTests(BrowserSite site)
{
    // The rows a reader sees, in order, with the facts the explorer filters on.
    private static async Task<IReadOnlyList<Row>> VisibleRowsAsync(IPage page)
    {
        var rows = await page.Locator("tr[data-project]").EvaluateAllAsync<string[][]>(
            "rows => rows.filter(r => !r.hidden && r.offsetParent !== null).map(r => [r.dataset.province, " +
            "r.dataset.sectors, r.dataset.status, r.dataset.investment ?? '', r.dataset.date ?? ''])");
        return rows.Select(r => new Row(r[0], r[1].Split(' '), r[2],
            r[3].Length == 0 ? null : decimal.Parse(r[3], CultureInfo.InvariantCulture), r[4])).ToArray();
    }

    private static Task<int> AllRowsAsync(IPage page) => page.Locator("tr[data-project]").CountAsync();

    private static string Query(IPage page) => new Uri(page.Url).Query;

    [Fact]
    public async Task Choosing_a_filter_narrows_the_list_announces_the_count_and_puts_the_choice_in_the_address()
    {
        await using var reader = await site.NewReaderAsync("en-GB");
        var page = await ReaderPage.OpenAsync(reader, "/en/projects/");
        var form = page.Locator("form[data-explorer-form]");
        Assert.True(await form.IsVisibleAsync());
        var total = await AllRowsAsync(page);
        Assert.Equal(total, (await VisibleRowsAsync(page)).Count);
        Assert.Equal("", Query(page));

        // The sample's invented projects can be hidden, leaving the real listings.
        await form.GetByLabel("Hide example listings").CheckAsync();
        await ReaderPage.UntilAddressAsync(page, "/en/projects/?examples=hide");
        var shown = await VisibleRowsAsync(page);
        Assert.NotEmpty(shown);
        Assert.True(shown.Count < total);
        Assert.Equal(await page.Locator("tr[data-project]:not([data-example])").CountAsync(), shown.Count);
        var count = page.Locator("[data-explorer-count]");
        Assert.Equal("status", await count.GetAttributeAsync("role"));
        Assert.Equal($"{shown.Count} of {total} projects", (await count.TextContentAsync())!.Trim());

        await form.GetByLabel("Province", new() { Exact = true }).SelectOptionAsync("vinh-phuc");
        await ReaderPage.UntilAddressAsync(page, "/en/projects/?province=vinh-phuc&examples=hide");
        Assert.All(await VisibleRowsAsync(page), r => Assert.Equal("vinh-phuc", r.Province));

        await form.GetByRole(AriaRole.Button, new() { Name = "Clear the filters" }).ClickAsync();
        await ReaderPage.UntilAddressAsync(page, "/en/projects/");
        Assert.Equal("", Query(page));
        Assert.Equal(total, (await VisibleRowsAsync(page)).Count);
    }

    [Fact]
    public async Task An_investment_range_and_the_largest_first_order_are_kept_in_the_address()
    {
        await using var reader = await site.NewReaderAsync("en-GB");
        var page = await ReaderPage.OpenAsync(reader, "/en/projects/");
        var form = page.Locator("form[data-explorer-form]");
        await form.GetByLabel("From", new() { Exact = true }).FillAsync("100");
        await form.GetByLabel("Order", new() { Exact = true }).SelectOptionAsync("largest");
        await page.WaitForFunctionAsync(
            "() => location.search.includes('min=100') && location.search.includes('sort=largest')");

        var shown = await VisibleRowsAsync(page);
        Assert.NotEmpty(shown);
        Assert.All(shown, r => Assert.True(r.Investment >= 100m, $"{r.Investment} is below the range"));
        var amounts = shown.Select(r => r.Investment!.Value).ToArray();
        Assert.Equal(amounts.OrderByDescending(a => a), amounts);
    }

    [Fact]
    public async Task Opening_an_address_with_a_choice_restores_it_in_the_form_and_the_list()
    {
        await using var reader = await site.NewReaderAsync("ja-JP");
        var page = await ReaderPage.OpenAsync(reader, "/ja/projects/?sector=logistics&sort=largest&form=no-such-form");
        Assert.Equal("logistics", await page.Locator("#ui-filter-sector").InputValueAsync());
        Assert.Equal("largest", await page.Locator("#ui-filter-sort").InputValueAsync());
        Assert.Equal("", await page.Locator("#ui-filter-form").InputValueAsync());

        var shown = await VisibleRowsAsync(page);
        Assert.NotEmpty(shown);
        Assert.True(shown.Count < await AllRowsAsync(page));
        Assert.All(shown, r => Assert.Contains("logistics", r.Sectors));
        var amounts = shown.Select(r => r.Investment ?? decimal.MinValue).ToArray();
        Assert.Equal(amounts.OrderByDescending(a => a), amounts);
        // A value the form does not offer is dropped from the address.
        Assert.Equal("?sector=logistics&sort=largest", Query(page));
    }

    [Fact]
    public async Task A_choice_that_matches_nothing_says_so_instead_of_showing_an_empty_table()
    {
        await using var reader = await site.NewReaderAsync("en-GB");
        var page = await ReaderPage.OpenAsync(reader, "/en/projects/?min=999999");
        Assert.Empty(await VisibleRowsAsync(page));
        Assert.True(await page.Locator("[data-explorer-empty]").IsVisibleAsync());
        Assert.False(await page.Locator("[data-explorer-table]").IsVisibleAsync());
    }

    [Fact]
    public async Task Without_javascript_the_form_is_hidden_and_every_project_and_view_is_a_plain_link()
    {
        await using var reader = await site.NewReaderAsync("en-GB", javaScript: false);
        var page = await ReaderPage.OpenAsync(reader, "/en/projects/?status=open");
        Assert.False(await page.Locator("form[data-explorer-form]").IsVisibleAsync());
        Assert.Equal(await AllRowsAsync(page), (await VisibleRowsAsync(page)).Count);

        var views = await page.Locator(".explorer-browse a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/en/projects/", views);
        Assert.Contains("/en/projects/status/open/", views);
        Assert.Contains("/en/projects/sector/logistics/", views);
        Assert.Contains("/en/projects/province/da-nang/", views);

        await page.Locator(".explorer-browse a[href='/en/projects/status/open/']").ClickAsync();
        await page.WaitForURLAsync("**/en/projects/status/open/");
        Assert.Equal("page", await page.Locator(".explorer-browse a[href='/en/projects/status/open/']")
            .GetAttributeAsync("aria-current"));
        Assert.All(await VisibleRowsAsync(page), r => Assert.Equal("open", r.Status));
    }

    private sealed record Row(string Province, string[] Sectors, string Status, decimal? Investment, string Date);
}
