using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>What the tests of the site's scripts do with a reader's page.</summary>
internal static class ReaderPage
{
    /// <summary>
    /// Opens <paramref name="address"/> in <paramref name="reader"/> and waits until nothing more is loading.
    /// </summary>
    public static async Task<IPage> OpenAsync(IBrowserContext reader, string address)
    {
        var page = await reader.NewPageAsync();
        await page.GotoAsync(address);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    /// <summary>
    /// Waits until the address is <paramref name="pathAndQuery"/>: the scripts change it with history.replaceState,
    /// which is not a navigation to wait for.
    /// </summary>
    public static Task UntilAddressAsync(IPage page, string pathAndQuery) =>
        page.WaitForFunctionAsync("expected => location.pathname + location.search === expected", pathAndQuery);
}
