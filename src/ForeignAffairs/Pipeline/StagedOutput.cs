using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// The output of a build: each page is written to a staging folder as soon as it is rendered, and the folder replaces
/// the output in one rename once everything succeeded. A build that fails removes the staging folder, and the output
/// stays as it was. Two builds into one folder take turns: each replaces the output whole.
/// </summary>
internal sealed class StagedOutput(BuildOptions options) : SiteOutput
{
    /// <summary>How long a build waits for another one publishing to the same folder.</summary>
    internal static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private string? _folder;
    private OutputLock? _lock;

    public override bool Open(string root, StageClock clock, DiagnosticBag diagnostics)
    {
        _folder = OutputFolder.Resolve(root, options.OutputFolder, diagnostics, options.AdoptOutput);
        if (_folder is null) return false;
        try
        {
            _lock = OutputLock.Take(_folder, Patience, () => clock.Enter(BuildStage.Wait));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputFolder.WriteFailed(_folder, ex, diagnostics);
            return false;
        }
    }

    // An output that cannot be written is reported with the content's and the templates' own mistakes, which rendering
    // finds.
    public override void Begin(DiagnosticBag diagnostics) =>
        Stage(_folder!, options.OutputFolder, keepOthers: true, diagnostics);

    public override Published? Publish(BuiltSite built, BuiltSite? previous, StageClock clock,
        DiagnosticBag diagnostics)
    {
        var (rendered, documents) = (built.Rendered, built.Documents);
        var staging = StagingOf(rendered);
        if (!OutputFolder.Complete(staging, rendered, documents, options.OutputFolder, diagnostics, built.Search,
                clock.Enter))
            return null;
        return new Published(rendered.Pages.Count + rendered.Files.Count + documents.Count, 0, staging.Bytes,
            Whole: true);
    }

    public override void Dispose()
    {
        base.Dispose();
        _lock?.Dispose();
    }
}
