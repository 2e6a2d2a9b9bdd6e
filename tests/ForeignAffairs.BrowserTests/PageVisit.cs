using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// A page of the site as a reader's browser loaded it: the status of its address, the path it ended on, the errors it
/// logged, the addresses it asked of other hosts, and what axe found once nothing more was loading. The health and
/// accessibility tests of a page read the same visit (<see cref="BrowserSite.VisitAsync"/>), which saves a browser
/// context and a load for each representative page. axe's check is kept as a task, so that its failure fails only the
/// accessibility test.
/// </summary>
internal sealed record PageVisit(int Status, string Path, IReadOnlyList<string> Errors,
    IReadOnlyList<string> ForeignRequests, Task<AxeResult> Accessibility)
{
    // A language the site does not have: the root page sends a reader whose browser prefers one it has on to that
    // language's home, and the checks would then see that page instead of the root's list of languages.
    private const string Locale = "fr-FR";

    /// <summary>Opens <paramref name="address"/> in a new reader's browser and records what it did.</summary>
    public static async Task<PageVisit> LoadAsync(BrowserSite site, string address)
    {
        await using var reader = await site.NewReaderAsync(Locale);
        var page = await reader.NewPageAsync();
        var errors = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (errors) errors.Add($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (errors) errors.Add($"pageerror: {error}"); };
        page.Request += (_, request) =>
        {
            if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
                || url.Scheme is "data" or "blob" or "about") return;
            if (url.Host != site.Address.Host) lock (foreign) foreign.Add(request.Url);
        };

        var response = await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The search page's script shows its controls once Pagefind has loaded.
        if (address.EndsWith("/search/", StringComparison.Ordinal))
            await page.Locator(".pagefind-ui__search-input").WaitForAsync();

        var accessibility = Axe.CheckAsync(page);
        await Task.WhenAny(accessibility);
        lock (errors) lock (foreign)
            return new PageVisit(response?.Status ?? 0, new Uri(page.Url).AbsolutePath, errors.ToArray(),
                foreign.ToArray(), accessibility);
    }
}
