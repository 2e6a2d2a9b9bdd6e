using ForeignAffairs.Diagnostics;

namespace ForeignAffairs;

/// <summary>The outcome of a build: its diagnostics, and what it published when it succeeded.</summary>
/// <param name="Diagnostics">Every problem found, sorted by file and position.</param>
/// <param name="PagesPerLanguage">The pages built in each language, in site order; empty when the build failed.</param>
/// <param name="TotalPages">Every page written, the root page included.</param>
/// <param name="Files">The other files published beside the pages: theme assets, entry resources and generated
/// documents (sitemap, feeds, data).</param>
/// <param name="Bytes">The bytes written.</param>
/// <param name="Elapsed">How long the build took.</param>
/// <param name="Stages">How long each stage took, in order: load (reading and validating the content and the theme),
/// render, verify (making the sitemap, feeds and data files and checking the rendered pages; left out when not
/// verifying), publish.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<(string Language, int Pages)> PagesPerLanguage,
    int TotalPages,
    int Files,
    long Bytes,
    TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages)
{
    /// <summary>The entries left out because they are drafts, as <c>collection/slug</c>.</summary>
    public IReadOnlyList<string> Drafts { get; init; } = [];

    /// <summary>What each template cost the build, when it was asked to time them; else empty.</summary>
    internal IReadOnlyList<Rendering.TemplateMetric> TemplateMetrics { get; init; } = [];

    /// <summary>Whether the build succeeded: no diagnostic is an error.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
