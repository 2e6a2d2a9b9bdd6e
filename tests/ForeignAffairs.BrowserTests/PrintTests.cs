using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// Printed, a procedure is its steps without the site's chrome, and each step's documents are a checklist to tick.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PrintTests(BrowserSite site)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public async Task A_printed_procedure_has_a_box_to_tick_before_each_document_and_no_menu(string language)
    {
        await using var reader = await site.NewReaderAsync(language);
        var page = await reader.NewPageAsync();
        await page.GotoAsync($"/{language}/procedures/enterprise-registration-certificate/");
        const string Boxes = "items => items.map(li => { const box = getComputedStyle(li, '::before');" +
            " return box.borderTopStyle === 'solid' && parseFloat(box.width) > 0; })";

        Assert.All(await page.Locator("ul.checklist > li").EvaluateAllAsync<bool[]>(Boxes), Assert.False);
        Assert.True(await page.Locator("nav.main-nav").IsVisibleAsync());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var boxes = await page.Locator("ul.checklist > li").EvaluateAllAsync<bool[]>(Boxes);
        Assert.Equal(4, boxes.Length);
        Assert.All(boxes, Assert.True);
        Assert.False(await page.Locator("nav.main-nav").IsVisibleAsync());
        Assert.Equal(2, await page.Locator("ol.timeline > li").CountAsync());
    }
}
