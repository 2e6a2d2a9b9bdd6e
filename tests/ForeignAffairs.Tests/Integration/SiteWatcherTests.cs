using ForeignAffairs.Cli.Serving;
using ForeignAffairs.Tests.Unit;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The preview's watcher: a site on the built-in theme has no <c>themes/</c> until it overrides a file, and the folder is
/// watched from the moment it is made, again after it was removed and made anew.
/// </summary>
public sealed class SiteWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_themes_folder_made_after_the_watch_began_is_watched_and_again_once_made_anew()
    {
        _site.Write("content/site.yaml", "title: Invest\n");
        using var watcher = new SiteWatcher(_site.Root);

        const string footer = "themes/default/layouts/partials/footer.html";
        _site.Write(footer, "<footer></footer>\n");
        await Reported(watcher, "themes");
        _site.Write(footer, "<footer>Invest</footer>\n");
        await Reported(watcher, footer);

        Directory.Delete(Path.Combine(_site.Root, "themes"), recursive: true);
        await Reported(watcher, "themes");
        const string css = "themes/default/assets/site.css";
        _site.Write(css, "body {}\n");
        await Reported(watcher, "themes");
        _site.Write(css, "body { margin: 0 }\n");
        await Reported(watcher, css);
    }

    // Waits until a batch of changes names path; earlier batches, of earlier changes, are passed over.
    private static async Task Reported(SiteWatcher watcher, string path)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!(await watcher.NextAsync(patience.Token)).Contains(path))
        {
        }
    }
}
