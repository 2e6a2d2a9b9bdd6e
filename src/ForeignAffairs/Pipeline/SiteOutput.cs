using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// Where a build's pages go: into a staging folder that replaces the output whole (<see cref="StagedOutput"/>), or into
/// an output kept up to date file by file (<see cref="LiveOutput"/>). A check has none.
/// </summary>
internal abstract class SiteOutput : IDisposable
{
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
    public virtual bool Write(RenderedPage page) => false;

    /// <summary>After a run that failed before it was published: what it wrote is not kept.</summary>
    public virtual void Abandon()
    {
    }

    /// <summary>After rendering: reports a page that could not be written.</summary>
    public virtual void Rendered(DiagnosticBag diagnostics)
    {
    }

    /// <summary>
    /// Publishes <paramref name="built"/>, which follows <paramref name="previous"/> (null for the first build); null
    /// when something failed, which is reported.
    /// </summary>
    public abstract Published? Publish(BuiltSite built, BuiltSite? previous, StageClock clock,
        DiagnosticBag diagnostics);

    /// <summary>Releases what the output holds; a staging folder that was not swapped in is removed.</summary>
    public virtual void Dispose()
    {
    }
}
