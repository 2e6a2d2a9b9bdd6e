using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// axe-core, as Deque.AxeCore.Commons bundles it, run in the page itself. Deque.AxeCore.Playwright's <c>RunAxe</c>
/// opens a page of its own to merge what axe found in each frame: a new renderer process for every check, half of the
/// four seconds each page took. The site's pages have no frames, so axe runs once, where the page is.
/// </summary>
internal static class Axe
{
    private const string Resource = "Deque.AxeCore.Commons.Resources.axe.min.js";

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Deque.AxeCore.Commons no longer bundles {Resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    // Every rule runs; only the violations have each of their elements listed, as the other results are only counted
    // (listing every element that passed took longer than checking them).
    private const string Run =
        "async () => JSON.stringify(await axe.run(document, { resultTypes: ['violations'] }))";

    /// <summary>Runs every rule of axe on the page as it is now.</summary>
    public static async Task<AxeResult> CheckAsync(IPage page)
    {
        Assert.True(page.Frames.Count == 1, $"{page.Url} has frames, which axe checks only where it was injected: " +
            "inject it into each (as Deque.AxeCore.Playwright's RunAxe does)");
        await page.EvaluateAsync(Source.Value);
        return new AxeResult(JObject.Parse(await page.EvaluateAsync<string>(Run)));
    }
}
