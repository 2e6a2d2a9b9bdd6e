using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// No page moves under a reader on a phone while it loads: the layout shifts Chromium reports, summed over the whole load,
/// stay under 0.05 (a cumulative layout shift Lighthouse counts as good is under 0.1). Scripts arrive late, as on a slow
/// connection, so that the page is painted before they run.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LayoutShiftTests(BrowserSite site)
{
    public static TheoryData<string> Pages => RepresentativePages.Theory;

    // Records every layout shift not caused by the reader, from the start of the load.
    internal const string Recorder = """
        window.__layoutShift = 0;
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        """;

    private static readonly TimeSpan ScriptDelay = TimeSpan.FromMilliseconds(400);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_does_not_move_while_it_loads_on_a_phone(string address)
    {
        await using var reader = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await reader.NewPageAsync();
        await page.AddInitScriptAsync(Recorder);
        await page.RouteAsync("**/*.js", async route =>
        {
            await Task.Delay(ScriptDelay);
            await route.ContinueAsync();
        });
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (address.EndsWith("/search/", StringComparison.Ordinal))
            await page.Locator(".pagefind-ui__search-input").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        // Shifts are reported after the frame they happen in: wait for two more frames before reading the sum.
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

        var shift = await page.EvaluateAsync<double>("() => window.__layoutShift");
        Assert.True(shift < 0.05, $"{address} shifted by {shift:0.000} while it loaded");
    }

    // The controls a script brings to life, on the pages that have them.
    public static TheoryData<string, string> ScriptControls => new()
    {
        { "/ja/projects/", "[data-explorer-form]" },
        { "/ko/projects/sector/logistics/", "[data-explorer-refine]" },
        { "/en/parks/compare/", "[data-compare-form]" },
    };

    [Theory]
    [MemberData(nameof(ScriptControls))]
    public async Task A_control_that_needs_a_script_takes_its_place_before_the_script_arrives(string address, string control)
    {
        await using var reader = await site.NewReaderAsync("en");
        var page = await reader.NewPageAsync();
        // The script never arrives: what the reader sees until it does.
        await page.RouteAsync("**/*.js", route => route.AbortAsync());
        await page.GotoAsync(address);
        Assert.True(await page.Locator(control).IsVisibleAsync(), $"{control} on {address} waits for its script");
    }

    [Theory]
    [MemberData(nameof(ScriptControls))]
    public async Task Without_javascript_a_control_that_needs_it_is_not_shown(string address, string control)
    {
        await using var reader = await site.NewReaderAsync("en", javaScript: false);
        var page = await reader.NewPageAsync();
        await page.GotoAsync(address);
        Assert.False(await page.Locator(control).IsVisibleAsync());
    }
}
