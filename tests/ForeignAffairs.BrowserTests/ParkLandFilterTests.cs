using ForeignAffairs.Tests.Support;
using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The sample site with figures for the land filter, which no sample park publishes yet: three parks give the land they
/// have available, and two of them a rent, on two different bases. The figures are test values in a temporary copy.
/// </summary>
public sealed class ParkFiguresSite : BrowserSite
{
    private readonly SampleCopy _sample = new(search: false);

    protected override string Source()
    {
        Add("hoang-mai", "area: {available_ha: 40, year: 2024, source: Test source}\n" +
            "land_rent: {amount: 45, currency: usd, unit: m2-lease-term, year: 2025, source: Test source}");
        Add("yen-phong-1", "area: {available_ha: 12.5, year: 2024, source: Test source}\n" +
            "land_rent: {amount: 120, currency: usd, unit: m2-lease-term, year: 2025, source: Test source}");
        Add("vsip-nghe-an", "area: {available_ha: 150, year: 2024, source: Test source}\n" +
            "land_rent: {amount: 2.5, currency: usd, unit: m2-year, year: 2025, source: Test source}");
        return _sample.Root;
    }

    private void Add(string park, string yaml) =>
        File.AppendAllText(_sample.PathOf($"content/parks/{park}/index.yaml"), "\n" + yaml + "\n");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _sample.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ParkFiguresCollection : ICollectionFixture<ParkFiguresSite>
{
    public const string Name = "park figures";
}

/// <summary>
/// With JavaScript, the parks directory narrows its tables to the parks with enough land and a low enough rent, keeps
/// the choice in the address, and never compares rents on different bases.
/// </summary>
[Collection(ParkFiguresCollection.Name)]
public sealed class ParkLandFilterTests(ParkFiguresSite site)
{
    private static Task<string[]> ShownAsync(IPage page) =>
        page.Locator("tr[data-park]:visible th a").EvaluateAllAsync<string[]>(
            "links => links.map(a => new URL(a.href).pathname.split('/').filter(Boolean).pop())");

    [Fact]
    public async Task Asking_for_more_land_leaves_the_parks_with_at_least_that_much_and_the_address_keeps_it()
    {
        await using var reader = await site.NewReaderAsync("en");
        var page = await ReaderPage.OpenAsync(reader, "/en/parks/");
        await page.Locator("#ui-park-min-area").FillAsync("30");
        await ReaderPage.UntilAddressAsync(page, "/en/parks/?min_area=30");

        Assert.Equal(["hoang-mai", "vsip-nghe-an"], (await ShownAsync(page)).Order(StringComparer.Ordinal));
        Assert.Equal("2 of 22 parks", await page.Locator("[data-park-count]").InnerTextAsync());
        // A province none of whose parks is shown is left out with its heading.
        Assert.False(await page.Locator("#ui-parks-da-nang").IsVisibleAsync());
    }

    [Fact]
    public async Task A_rent_ceiling_applies_to_the_rents_on_the_basis_chosen_only()
    {
        await using var reader = await site.NewReaderAsync("en");
        var page = await ReaderPage.OpenAsync(reader, "/en/parks/");
        await page.Locator("#ui-park-rent-basis").SelectOptionAsync("usd m2-lease-term");
        await page.Locator("#ui-park-max-rent").FillAsync("100");
        await ReaderPage.UntilAddressAsync(page, "/en/parks/?max_rent=100&rent_basis=usd+m2-lease-term");
        // The park whose rent is yearly is not compared with rents for the lease term.
        Assert.Equal(["hoang-mai"], await ShownAsync(page));

        await page.Locator("#ui-park-rent-basis").SelectOptionAsync("usd m2-year");
        await ReaderPage.UntilAddressAsync(page, "/en/parks/?max_rent=100&rent_basis=usd+m2-year");
        Assert.Equal(["vsip-nghe-an"], await ShownAsync(page));
    }

    [Fact]
    public async Task A_shared_address_restores_the_filter_and_nothing_matching_says_so()
    {
        await using var reader = await site.NewReaderAsync("ja");
        var page = await ReaderPage.OpenAsync(reader, "/ja/parks/?min_area=1000");
        Assert.Equal("1000", await page.Locator("#ui-park-min-area").InputValueAsync());
        Assert.Empty(await ShownAsync(page));
        Assert.True(await page.Locator("[data-park-empty]").IsVisibleAsync());

        await page.Locator("form[data-park-filter] button[type=reset]").ClickAsync();
        await ReaderPage.UntilAddressAsync(page, "/ja/parks/");
        Assert.Equal(22, (await ShownAsync(page)).Length);
        Assert.False(await page.Locator("[data-park-empty]").IsVisibleAsync());
    }

    [Fact]
    public async Task Without_javascript_the_directory_lists_every_park_and_no_filter()
    {
        await using var reader = await site.NewReaderAsync("en", javaScript: false);
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/en/parks/");
        Assert.False(await page.Locator("form[data-park-filter]").IsVisibleAsync());
        Assert.Equal(22, (await ShownAsync(page)).Length);
    }
}
