using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// The output of a live site: written whole by the first build, then brought up to date by each rebuild, which writes
/// only the files that differ and removes those that are gone. It is the live site's alone; the preview serves from it.
/// </summary>
internal sealed class LiveOutput(string folder) : SiteOutput
{
    private bool _stale;
    // Whether a build has been published: until then, the folder is checked before each build, as it may change.
    private bool _published;

    /// <summary>
    /// Files reported changed (full paths), which wait until a build that succeeds has copied them: a file can change
    /// without its length or time changing.
    /// </summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    public override string? NeedsEveryPage =>
        _stale ? "the last rebuild could not write the output, which is written again whole" : null;

    public override bool Open(string root, StageClock clock, DiagnosticBag diagnostics) =>
        _published || OutputFolder.Resolve(root, folder, diagnostics) is not null;

    public override Published? Publish(BuiltSite built, BuiltSite? previous, StageClock clock,
        DiagnosticBag diagnostics)
    {
        var (rendered, documents) = (built.Rendered, built.Documents);
        // The first build writes everything, search index included, as a full build does; so does the build after one
        // that failed while writing, which may have left the output half updated.
        var whole = previous is null || _stale;
        Published published;
        if (whole)
        {
            var bytes = OutputFolder.Publish(rendered, documents, folder, diagnostics, built.Search, clock.Enter);
            published = new(rendered.Pages.Count + rendered.Files.Count + documents.Count, 0, bytes, Whole: true);
        }
        else
        {
            var (written, removed) = OutputRefresh.Apply(
                previous!.Rendered, previous.Documents, rendered, built.Change, documents, folder, Touched,
                diagnostics);
            published = new(written, removed, 0, Whole: false);
        }
        _stale = diagnostics.HasErrors && previous is not null;
        if (diagnostics.HasErrors) return null;
        Touched.Clear();
        _published = true;
        return published;
    }
}
