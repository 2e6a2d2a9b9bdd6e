using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// Where a build's pages go: into a staging folder that replaces the output whole (<see cref="StagedOutput"/>), or into
/// an output kept up to date file by file (<see cref="LiveOutput"/>). A check has none. A build that writes the output
/// whole streams each page into the staging folder as soon as it is rendered, so that a large site is never held in
/// memory whole.
/// </summary>
internal abstract class SiteOutput : IDisposable
{
    private string _reported = "";
    private int _staged;

    /// <summary>
    /// Before the site is loaded: whether the output may be written; when not, the reason is reported.
    /// </summary>
    public abstract bool Open(string root, StageClock clock, DiagnosticBag diagnostics);

    /// <summary>
    /// Why the next build must render every page, or null: an output to be written whole needs the HTML of every page,
    /// and the preview keeps only digests of the pages it has published.
    /// </summary>
    public virtual string? NeedsEveryPage => null;

    /// <summary>Before rendering: makes ready to receive pages. A problem is reported and rendering goes on.</summary>
    public virtual void Begin(DiagnosticBag diagnostics)
    {
    }

    /// <summary>
    /// Receives a page as soon as it is rendered, on any thread; true when the page is written where it will be
    /// published, so that its HTML need not be held until then.
    /// </summary>
    public bool Write(RenderedPage page)
    {
        if (Staging is not { } staging) return false;
        staging.Write(page);
        Interlocked.Increment(ref _staged);
        return true;
    }

    /// <summary>After rendering: reports a page that could not be written.</summary>
    public void Rendered(DiagnosticBag diagnostics)
    {
        if (Staging?.Failure is { } failure) OutputFolder.WriteFailed(_reported, failure, diagnostics);
    }

    /// <summary>After a run that failed before it was published: what it wrote is not kept.</summary>
    public void Abandon() => DropStaging();

    /// <summary>
    /// Publishes <paramref name="built"/>, which follows <paramref name="previous"/> (null for the first build); null
    /// when something failed, which is reported.
    /// </summary>
    public abstract Published? Publish(BuiltSite built, BuiltSite? previous, StageClock clock,
        DiagnosticBag diagnostics);

    /// <summary>Releases what the output holds; a staging folder that was not swapped in is removed.</summary>
    public virtual void Dispose() => DropStaging();

    /// <summary>Where the pages of a build that writes the output whole go until it is published; else null.</summary>
    protected StagingFolder? Staging { get; private set; }

    /// <summary>
    /// Makes the staging folder of <paramref name="output"/>, whose problems name <paramref name="reported"/>; with
    /// <paramref name="keepOthers"/>, files of the output that no build published are carried over.
    /// </summary>
    protected void Stage(string output, string reported, bool keepOthers, DiagnosticBag diagnostics)
    {
        DropStaging();
        _reported = reported;
        try
        {
            Staging = StagingFolder.Create(output, keepOthers);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputFolder.WriteFailed(reported, ex, diagnostics);
        }
    }

    /// <summary>
    /// The staging folder, holding every page of <paramref name="rendered"/>: a page rendered but not streamed into it
    /// would be missing from the output without a word, so that is the generator's fault and stops the build.
    /// </summary>
    protected StagingFolder StagingOf(RenderedSite rendered) =>
        Staging is { } staging && Volatile.Read(ref _staged) == rendered.Pages.Count
            ? staging
            : throw new InvalidOperationException(
                $"{Volatile.Read(ref _staged)} of {rendered.Pages.Count} pages were written to the staging folder");

    /// <summary>Removes a staging folder that was not swapped in.</summary>
    protected void DropStaging()
    {
        Staging?.Dispose();
        Staging = null;
        _staged = 0;
    }
}
