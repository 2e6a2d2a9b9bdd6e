using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// The output of a live site: written whole by the first build, then brought up to date by each rebuild, which writes
/// only the files that differ and removes those that are gone. It is the live site's alone; the preview serves from it.
/// A build that writes it whole streams its pages into a staging folder as they are rendered, as a single build does,
/// so that a large site is never held in memory whole.
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

    // The first build writes everything, search index included, as a full build does; so does the build after one that
    // failed while writing, which may have left the output half updated. Until a build is published, every build is a
    // first build.
    private bool WritesWhole => !_published || _stale;

    public override void Begin(DiagnosticBag diagnostics)
    {
        if (WritesWhole) Stage(folder, folder, keepOthers: false, diagnostics);
    }

    public override Published? Publish(BuiltSite built, BuiltSite? previous, StageClock clock,
        DiagnosticBag diagnostics)
    {
        var (rendered, documents) = (built.Rendered, built.Documents);
        Published published;
        if (WritesWhole)
        {
            try
            {
                var staging = StagingOf(rendered);
                var done = OutputFolder.Complete(staging, rendered, documents, folder, diagnostics, built.Search,
                    clock.Enter);
                published = new(rendered.Pages.Count + rendered.Files.Count + documents.Count, 0,
                    done ? staging.Bytes : 0, Whole: true);
            }
            finally
            {
                DropStaging();
            }
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
