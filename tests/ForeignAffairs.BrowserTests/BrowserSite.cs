using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using ForeignAffairs.Tests.Support;
using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The repository's sample site, built into a temporary folder, served on 127.0.0.1 as a static host would serve it
/// (folders serve their index.html, a missing address gets the 404 page), and Debian's Chromium driven by Playwright.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "fa-browser", Guid.NewGuid().ToString("N"));
    private WebApplication? _server;
    private IPlaywright? _playwright;

    /// <summary>Where the site is served, ending with '/'.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The folder the site was built into.</summary>
    public string OutputFolder => _output;

    /// <summary>The repository the sample site was built from.</summary>
    public static string Repository => RepositoryRoot.Path;

    /// <summary>The pages of the site, relative to its root.</summary>
    public IReadOnlyList<string> Pages => Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The site folder to build: the repository's sample, unless a variant of it is served.</summary>
    protected virtual string Source() => RepositoryRoot.Path;

    public async Task InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildOptions(Source(), _output));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        var files = new PhysicalFileProvider(_output);
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        // Pagefind's index files have extensions of their own, which a static host serves as plain bytes.
        var types = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            types.Mappings[extension] = "application/octet-stream";
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        _server.Run(async context =>
        {
            // As static hosts do: the language's page for missing addresses, else the root one.
            var language = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault();
            var page = language is not null && File.Exists(Path.Combine(_output, language, "404.html"))
                ? Path.Combine(_output, language, "404.html")
                : Path.Combine(_output, "404.html");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        Address = new Uri(address.TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromium(_playwright);
    }

    /// <summary>
    /// How long a reader's page (<see cref="NewReaderAsync"/>) waits for what a test expects to appear, in place of
    /// Playwright's 30 s: the unit tests run beside the browser tests, and on a machine that busy the search page's
    /// script (Pagefind loads its index and WebAssembly first) has taken longer. A wait on a condition ends as soon as
    /// it holds, so a long limit costs nothing when the machine is quick.
    /// </summary>
    public const float Wait = 60_000;

    /// <summary>Debian's Chromium, headless, with nothing that would reach the network by itself.</summary>
    public static Task<IBrowser> LaunchChromium(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });

    /// <summary>
    /// A fresh browser context (no stored choices) for a reader whose browser prefers <paramref name="locale"/>.
    /// </summary>
    public async Task<IBrowserContext> NewReaderAsync(string locale, bool javaScript = true)
    {
        var reader = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            JavaScriptEnabled = javaScript,
            BaseURL = Address.ToString(),
        });
        reader.SetDefaultTimeout(Wait);
        return reader;
    }

    private readonly ConcurrentDictionary<string, Lazy<Task<PageVisit>>> _visits = new(StringComparer.Ordinal);

    /// <summary>The one visit of <paramref name="address"/> that the tests of a page read.</summary>
    internal Task<PageVisit> VisitAsync(string address) =>
        _visits.GetOrAdd(address, a => new Lazy<Task<PageVisit>>(() => PageVisit.LoadAsync(this, a))).Value;

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (Directory.Exists(_output)) Directory.Delete(_output, true);
    }
}

/// <summary>The tests that share one served site and browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
