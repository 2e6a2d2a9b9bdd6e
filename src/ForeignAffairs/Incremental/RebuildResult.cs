using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Incremental;

/// <summary>The outcome of one build of a <see cref="LiveSite"/>.</summary>
/// <param name="Diagnostics">Every problem found, sorted by file and position. When one is an error, the output was
/// left as it was.</param>
/// <param name="RenderedPages">The pages rendered, by output path; the other pages were kept from the previous
/// build.</param>
/// <param name="TotalPages">Every page of the site.</param>
/// <param name="FilesWritten">The files written to the output, pages included.</param>
/// <param name="FilesRemoved">The files removed from the output because the site no longer has them.</param>
/// <param name="Reason">Why every page was rendered (the first build, a change to the settings...), or null when only
/// some were.</param>
/// <param name="Elapsed">How long the build took.</param>
internal sealed record RebuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> RenderedPages,
    int TotalPages,
    int FilesWritten,
    int FilesRemoved,
    string? Reason,
    TimeSpan Elapsed)
{
    /// <summary>Whether the build succeeded: no diagnostic is an error.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    /// <summary>
    /// Whether the search index is behind the pages and should be refreshed with <see cref="LiveSite.RefreshSearch"/>.
    /// </summary>
    public bool SearchStale { get; init; }

    /// <summary>The entries left out because they are drafts, as <c>collection/slug</c>.</summary>
    public IReadOnlyList<string> Drafts { get; init; } = [];

    /// <summary>How long each stage took, in order: load, render, verify (unless not verifying), publish.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages { get; init; } = [];
}
