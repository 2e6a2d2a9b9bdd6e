using System.Reflection;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Pipeline;

namespace ForeignAffairs;

/// <summary>
/// Builds and checks a site, once: the stages of <see cref="BuildPipeline"/>, writing to a staging folder that replaces
/// the output whole. A build that fails leaves the output as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The tool's version, with the commit it was built from: <c>0.9.0+&lt;commit&gt;</c>.</summary>
    public static string Version { get; } =
        typeof(SiteBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>
    /// The load stage alone: the site in <paramref name="source"/> with its content checked against the schemas, or
    /// null when its settings cannot be read. Entries with errors are left out; the errors are in
    /// <paramref name="diagnostics"/>.
    /// </summary>
    internal static Site? LoadSite(string source, DiagnosticBag diagnostics, Uri? baseUrl = null) =>
        BuildPipeline.Load(Path.GetFullPath(source), baseUrl, diagnostics);

    /// <summary>
    /// Builds the site described by <paramref name="options"/>, telling <paramref name="progress"/> how far it has got:
    /// a check when <see cref="BuildOptions.Write"/> is off.
    /// </summary>
    public static BuildResult Build(BuildOptions options, BuildProgress? progress = null)
    {
        var clock = new StageClock(progress);
        var diagnostics = new DiagnosticBag();
        using var output = options.Write ? new StagedOutput(options) : null;
        var pipeline = new BuildPipeline(options, BuildMemory.None(), output);
        var run = pipeline.Run(clock, diagnostics, progress);
        var drafts = DraftsOf(run.Site);
        if (run.Built is not { } built)
            return new(diagnostics.ToSortedList(), [], 0, 0, 0, clock.Elapsed, clock.Stages) { Drafts = drafts };
        var (rendered, documents) = (built.Rendered, built.Documents);
        return new BuildResult(diagnostics.ToSortedList(), rendered.PagesPerLanguage(built.Site.Config.LanguageCodes),
            rendered.Pages.Count, rendered.Files.Count + documents.Count, run.Published.Bytes, clock.Elapsed,
            clock.Stages)
        {
            Drafts = drafts,
            TemplateMetrics = pipeline.Templates?.Summed() ?? [],
        };
    }

    /// <summary>The drafts of <paramref name="site"/>, as <c>collection/slug</c>.</summary>
    internal static IReadOnlyList<string> DraftsOf(Site? site) =>
        site?.Drafts.Select(d => d.ToString()).ToArray() ?? [];
}
