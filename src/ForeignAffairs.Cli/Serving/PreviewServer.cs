using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// Serves a built site on 127.0.0.1 as a static host would: folders by their index.html, a folder address without its
/// final slash redirected to it, Pagefind's files with their types, and the page for missing addresses of the language
/// the address is in. Pages get the live-reload script and, after a failed build, the overlay of its errors.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>
    /// Where the preview's own files and events are served; no site path starts with an underscore folder.
    /// </summary>
    public const string Prefix = "/_preview/";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly PreviewStatus _status;
    private readonly FileExtensionContentTypeProvider _types = new();

    private PreviewServer(WebApplication app, string folder, PreviewStatus status)
    {
        (_app, _folder, _status) = (app, Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), status);
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            _types.Mappings[extension] = "application/octet-stream";
        app.Run(Handle);
    }

    /// <summary>The address the server listens at.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts serving <paramref name="folder"/> on <paramref name="port"/> (0: any free port).</summary>
    public static async Task<PreviewServer> StartAsync(string folder, int port, PreviewStatus status)
    {
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { ContentRootPath = Path.GetDirectoryName(Path.GetFullPath(folder)) });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        // Open event streams end when the server stops; nothing else takes long.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var server = new PreviewServer(builder.Build(), folder, status);
        await server._app.StartAsync();
        var addresses = server._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses;
        server.Address = new Uri(addresses.First().TrimEnd('/') + "/");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        // Only this machine's addresses: a page elsewhere that points its own host name at 127.0.0.1 gets nothing.
        if (request.Host.Host is not ("127.0.0.1" or "localhost") || request.Host.Port != Address.Port)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var path = request.Path.Value ?? "/";

        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await Own(context, path[Prefix.Length..]);
            return;
        }
        if (request.Method is not ("GET" or "HEAD"))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (!_status.HasSite)
        {
            await Html(context, PreviewPage.Unbuilt(_status.Generation, _status.Errors),
                StatusCodes.Status503ServiceUnavailable);
            return;
        }

        var target = Locate(path);
        if (target is not null && Directory.Exists(target))
        {
            if (!path.EndsWith('/'))
            {
                // Built from the folder's own path: an address starting with '//' must not become a link to another
                // host.
                response.Redirect("/" + Path.GetRelativePath(_folder, target).Replace('\\', '/') + "/" +
                    request.QueryString, permanent: true);
                return;
            }
            target = Path.Combine(target, "index.html");
        }
        if (target is not null && System.IO.File.Exists(target))
        {
            await Send(context, target, StatusCodes.Status200OK);
            return;
        }
        await NotFound(context, path);
    }

    // The page for missing addresses of the language folder the address is in (en/404.html), else the site's.
    private async Task NotFound(HttpContext context, string path)
    {
        var language = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var notFound = new[] { $"{language}/404.html", "404.html" }.Select(Locate).OfType<string>()
            .FirstOrDefault(System.IO.File.Exists);
        if (notFound is not null) await Send(context, notFound, StatusCodes.Status404NotFound);
        else context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    // The file or folder an address names, or null when it would lie outside the site.
    private string? Locate(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, path.TrimStart('/')));
        return full == _folder || full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full : null;
    }

    private async Task Send(HttpContext context, string file, int status)
    {
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await Html(context,
                PreviewPage.Inject(await System.IO.File.ReadAllTextAsync(file), _status.Generation, _status.Errors),
                status);
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = _types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }

    private static async Task Html(HttpContext context, string html, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    }

    // The preview's own files, and the stream of build generations that tells open pages to reload.
    private async Task Own(HttpContext context, string name)
    {
        if (name == "events")
        {
            await Events(context);
            return;
        }
        using var resource = name is "live.js" or "preview.css"
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream($"Preview.{name}") : null;
        if (resource is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
            : "text/css; charset=utf-8";
        await resource.CopyToAsync(context.Response.Body);
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        var stopping =
            context.RequestServices.GetService(typeof(IHostApplicationLifetime)) is IHostApplicationLifetime lifetime
                ? lifetime.ApplicationStopping : CancellationToken.None;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var generation = _status.Generation;
                await context.Response.WriteAsync($"event: generation\ndata: {generation}\n\n", cancel.Token);
                await context.Response.Body.FlushAsync(cancel.Token);
                await _status.ChangedSince(generation, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed, or the server is stopping.
        }
    }
}
