using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>serve</c> as an editor uses it: the site served over HTTP as a static host would serve it, an edit served after
/// the rebuild, a mistake shown over the last good page until it is fixed, and a clean stop on Ctrl+C.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string Project = "content/projects/bac-ninh-electronics-component-plots";
    // Only so that a preview that hangs fails the test rather than hangs it; never so tight that a busy machine could.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly SampleCopy _sample = new();
    private readonly ServeProcess _serve;
    private readonly HttpClient _http;

    public ServeCommandTests()
    {
        _serve = ServeProcess.Start(_sample.Root);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = _serve.Address, Timeout = Patience,
        };
    }

    public void Dispose()
    {
        _http.Dispose();
        _serve.Dispose();
        _sample.Dispose();
    }

    [Fact]
    public async Task Serves_the_site_as_a_static_host_would()
    {
        var home = await _http.GetAsync("ja/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        var page = new HtmlParser().ParseDocument(await home.Content.ReadAsStringAsync());
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("head script[src='/_preview/live.js']"));
        Assert.Null(page.QuerySelector("#fa-preview-errors"));

        var folder = await _http.GetAsync("ko/projects");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/ko/projects/", folder.Headers.Location?.OriginalString);

        var missing = await _http.GetAsync("ko/projects/no-such-project/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("ko", new HtmlParser().ParseDocument(await missing.Content.ReadAsStringAsync())
            .DocumentElement.GetAttribute("lang"));

        var entry = await _http.GetAsync("pagefind/pagefind-entry.json");
        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        Assert.Equal("application/json", entry.Content.Headers.ContentType?.MediaType);
        var index = await _http.GetAsync("pagefind/pagefind.js");
        Assert.Equal("text/javascript", index.Content.Headers.ContentType?.MediaType);

        var outside = await _http.GetAsync("..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        // An address starting with '//' is redirected within the site, never to another host.
        var doubled = await _http.GetAsync(new Uri(_serve.Address, "/") + "/en");
        Assert.Equal(HttpStatusCode.MovedPermanently, doubled.StatusCode);
        Assert.Equal("/en/", doubled.Headers.Location?.OriginalString);

        // A page elsewhere whose host name leads to 127.0.0.1 is not served.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "en/");
        rebound.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.SendAsync(rebound)).StatusCode);
    }

    [Fact]
    public async Task
        An_edit_is_served_after_the_rebuild_a_mistake_is_shown_over_the_last_good_page_and_ctrl_c_stops_cleanly()
    {
        const string path = "ja/projects/bac-ninh-electronics-component-plots/";
        Assert.Contains("約2億米ドル", (await Page(path)).QuerySelector("main")?.TextContent);
        using var events = await Events();
        var generation = await events.NextGeneration();

        _sample.Edit($"{Project}/ja.md", "約2億米ドル", "約2億5,000万米ドル");
        Assert.Equal(generation + 1, await events.NextGeneration());
        Assert.Contains("約2億5,000万米ドル", (await Page(path)).QuerySelector("main")?.TextContent);

        _sample.Edit($"{Project}/index.yaml", "status: open", "status: [open");
        Assert.Equal(generation + 2, await events.NextGeneration());
        var broken = await Page(path);
        var overlay = broken.QuerySelector("#fa-preview-errors");
        Assert.NotNull(overlay);
        Assert.Equal($"{Project}/index.yaml:14:9", overlay.QuerySelector(".fa-preview-location")?.TextContent);
        Assert.Equal("FA1002", overlay.QuerySelector(".fa-preview-code")?.TextContent);
        // Underneath, the last good page.
        Assert.Contains("約2億5,000万米ドル", broken.QuerySelector("main")?.TextContent);

        _sample.Edit($"{Project}/index.yaml", "status: [open", "status: open");
        Assert.Equal(generation + 3, await events.NextGeneration());
        Assert.Null((await Page(path)).QuerySelector("#fa-preview-errors"));

        Assert.Equal(0, _serve.Interrupt());
        Assert.Contains("Stopped serving.", _serve.Printed);
        Assert.Contains("rendered", _serve.Printed);
        Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), $"foreign-affairs-preview-{_serve.ProcessId}-*"));
    }

    [Fact]
    public async Task Markdown_nested_too_deep_is_shown_over_the_last_good_page_and_the_preview_keeps_running()
    {
        const string path = "ja/projects/bac-ninh-electronics-component-plots/";
        const string heading = "## 規模（目安）";
        using var events = await Events();
        var generation = await events.NextGeneration();

        // A heading turned into 128 quotes inside one another: Markdig gives up at 128 levels.
        _sample.Edit($"{Project}/ja.md", heading, string.Concat(Enumerable.Repeat("> ", 128)) + "規模");
        Assert.Equal(generation + 1, await events.NextGeneration());
        var broken = await Page(path);
        var overlay = broken.QuerySelector("#fa-preview-errors");
        Assert.NotNull(overlay);
        Assert.Equal($"{Project}/ja.md:8:65", overlay.QuerySelector(".fa-preview-location")?.TextContent);
        Assert.Equal("FA3014", overlay.QuerySelector(".fa-preview-code")?.TextContent);
        Assert.Contains("約2億米ドル", broken.QuerySelector("main")?.TextContent);

        _sample.Edit($"{Project}/ja.md", string.Concat(Enumerable.Repeat("> ", 128)) + "規模", heading);
        Assert.Equal(generation + 2, await events.NextGeneration());
        Assert.Null((await Page(path)).QuerySelector("#fa-preview-errors"));
        Assert.Equal(0, _serve.Interrupt());
    }

    private async Task<IHtmlDocument> Page(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private Task<PreviewEvents> Events() => PreviewEvents.Open(_http, Patience);
}
