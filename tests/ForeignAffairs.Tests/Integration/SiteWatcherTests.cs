using ForeignAffairs.Cli.Serving;
using ForeignAffairs.Tests.Unit;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The preview's watcher: a site on the built-in theme has no <c>themes/</c> until it overrides a file, and the folder
/// is watched from the moment it is made, again after it was removed and made anew.
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

    [Fact]
    public async Task A_move_reports_where_it_went_and_where_it_was()
    {
        _site.Write("content/site.yaml", "title: Invest\n");
        _site.Write("content/projects/depot/index.yaml", "title: Depot\n");
        _site.Write("content/projects/plant/index.yaml", "title: Plant\n");
        _site.Write("content/news/launch/index.yaml", "title: Launch\n");
        using var watcher = new SiteWatcher(_site.Root);

        // Into another collection: both collections' entries changed.
        Directory.Move(Path.Combine(_site.Root, "content/projects/depot"),
            Path.Combine(_site.Root, "content/news/depot"));
        await Reported(watcher, "content/projects/depot", "content/news/depot");
        // To a hidden name, which the site skips: the entry is gone.
        Directory.Move(Path.Combine(_site.Root, "content/projects/plant"),
            Path.Combine(_site.Root, "content/projects/.plant"));
        await Reported(watcher, "content/projects/plant");
    }

    [Fact]
    public async Task A_file_emptied_and_written_anew_after_a_pause_is_handed_over_once_written()
    {
        const string settings = "content/site.yaml";
        _site.Write(settings, "title: Invest\n");
        using var watcher = new SiteWatcher(_site.Root);
        using var patience = new CancellationTokenSource(Patience);

        var next = watcher.NextAsync(patience.Token);
        // An editor that empties the file, then is slow to write it: longer than the quiet moment, within the longest
        // wait (400 ms). On a machine so busy that the pause outlasts that wait, the empty file is handed over, as it
        // must be: only a change handed over sooner is early.
        var emptied = System.Diagnostics.Stopwatch.StartNew();
        File.WriteAllText(Path.Combine(_site.Root, settings), "");
        await Task.Delay(TimeSpan.FromMilliseconds(120));
        var handedOver = next.IsCompleted;
        Assert.True(!handedOver || emptied.Elapsed >= TimeSpan.FromMilliseconds(400),
            $"the emptied file was handed over after {emptied.ElapsedMilliseconds} ms");
        _site.Write(settings, "title: Invest in Bắc Ninh\n");

        Assert.Equal([settings], await next);
    }

    // Waits until batches of changes have named every path; batches of earlier changes are passed over.
    private static async Task Reported(SiteWatcher watcher, params string[] paths)
    {
        using var patience = new CancellationTokenSource(Patience);
        var unseen = paths.ToHashSet(StringComparer.Ordinal);
        while (unseen.Count > 0) unseen.ExceptWith(await watcher.NextAsync(patience.Token));
    }
}
