using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// No page moves under a reader on a phone while it loads: the layout shifts Chromium reports, summed over the whole
/// load, stay under 0.05 (a cumulative layout shift Lighthouse counts as good is under 0.1). Scripts arrive late, as on
/// a slow connection: each is held until the page has painted its first content, so that what they move is seen to
/// move.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LayoutShiftTests(BrowserSite site)
{
    public static TheoryData<string> Pages => RepresentativePages.Theory;

    // Records every layout shift from the start of the load. The tests give no input, yet Chromium marks as following
    // input the shifts of the half second after a moment of the load just before the first paint: left out, they hid
    // what a script moves once the page is painted.
    internal const string Recorder = """
        window.__layoutShift = 0;
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) window.__layoutShift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        """;

    // Tells the test when the page, not a frame in it, has painted its first content.
    private const string PaintSignal = """
        if (window === window.top) {
          new PerformanceObserver((list, observer) => {
            if (list.getEntriesByName("first-contentful-paint").length === 0) return;
            observer.disconnect();
            window.__painted();
          }).observe({ type: "paint", buffered: true });
        }
        """;

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
        var painted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.ExposeFunctionAsync("__painted", () => painted.TrySetResult());
        await page.AddInitScriptAsync(Recorder);
        await page.AddInitScriptAsync(PaintSignal);
        await page.RouteAsync("**/*.js", async route =>
        {
            await painted.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (address.EndsWith("/search/", StringComparison.Ordinal))
            await page.Locator(".pagefind-ui__search-input")
                .WaitForAsync(new LocatorWaitForOptions { Timeout = BrowserSite.Wait });
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
    public async Task A_control_that_needs_a_script_takes_its_place_before_the_script_arrives(
        string address, string control)
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
