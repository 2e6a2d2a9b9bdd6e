using System.Diagnostics;
using ForeignAffairs.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// A page open in the browser while its site is served with <c>serve</c>: it reloads by itself after an edit, shows a
/// mistake over the last good version of itself until the mistake is fixed, and the preview's script breaks none of the
/// page's rules.
/// </summary>
public sealed class LiveReloadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Project = "content/projects/bac-ninh-electronics-component-plots";
    private readonly SampleCopy _sample = new();
    private ServeProcess? _serve;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _serve = ServeProcess.Start(_sample.Root);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserSite.LaunchChromium(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _serve?.Dispose();
        _sample.Dispose();
    }

    [Fact]
    public async Task The_open_page_reloads_after_an_edit_and_shows_a_mistake_over_itself_until_it_is_fixed()
    {
        var page = await _browser!.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(_serve!.Address, "ja/projects/bac-ninh-electronics-component-plots/").ToString());
        // The preview's script marks the page once it listens for rebuilds.
        await page.Locator("html[data-preview=live]")
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        foreach (var (from, to) in new[] { ("約2億米ドル", "約2億2,000万米ドル"), ("約2億2,000万米ドル", "約2億5,000万米ドル") })
        {
            var clock = Stopwatch.StartNew();
            _sample.Edit($"{Project}/ja.md", from, to);
            await page.WaitForFunctionAsync($"() => document.querySelector('main').textContent.includes('{to}')");
            output.WriteLine($"the edit was on the page {clock.ElapsedMilliseconds} ms after it was saved");
        }

        _sample.Edit($"{Project}/index.yaml", "status: open", "status: [open");
        var overlay = page.Locator("#fa-preview-errors");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal($"{Project}/index.yaml:14:9", await overlay.Locator(".fa-preview-location").TextContentAsync());
        Assert.Contains("約2億5,000万米ドル", await page.Locator("main").TextContentAsync());

        _sample.Edit($"{Project}/index.yaml", "status: [open", "status: open");
        await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        output.WriteLine(_serve.Printed);
        Assert.Empty(errors);
    }
}
