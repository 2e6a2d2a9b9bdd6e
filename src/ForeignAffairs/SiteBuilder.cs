using System.Collections.Concurrent;
using System.Reflection;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;
using ForeignAffairs.Validation;
using ForeignAffairs.Verification;

namespace ForeignAffairs;

/// <summary>
/// The pipeline: load → validate → render → verify → publish. Each stage reports to one diagnostics collection,
/// and the build stops at the first stage that found an error, before anything is written.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The tool's version, with the commit it was built from: <c>0.9.0+&lt;commit&gt;</c>.</summary>
    public static string Version { get; } =
        typeof(SiteBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>
    /// The load and validate stages alone: the site in <paramref name="source"/> with its content checked against the schemas,
    /// or null when its settings cannot be read. Entries with errors are left out; the errors are in <paramref name="diagnostics"/>.
    /// </summary>
    public static Site? LoadSite(string source, DiagnosticBag diagnostics, Uri? baseUrl = null) =>
        LoadSite(source, diagnostics, baseUrl, null, null);

    /// <summary>
    /// <see cref="LoadSite(string, DiagnosticBag, Uri?)"/> for a site loaded before: folders whose files did not change are
    /// not read again (<paramref name="folders"/>), and their entries not checked again while the set of entries is the same
    /// (<paramref name="checkedEntries"/>).
    /// </summary>
    internal static Site? LoadSite(string source, DiagnosticBag diagnostics, Uri? baseUrl, LoadedFolders? folders,
        CheckedEntries? checkedEntries)
    {
        var root = Path.GetFullPath(source);
        var config = SiteConfigReader.Read(root, diagnostics);
        if (config is null) return null;
        if (baseUrl is not null) config = config.WithBaseUrl(baseUrl);
        return SiteValidator.Validate(ContentLoader.Load(root, config, diagnostics, folders), diagnostics, checkedEntries);
    }

    // Search is decided before rendering, so that a site without its index has no search page and no link to one.
    internal static SearchIndex? FindSearch(string root, Site site, Theme theme, PagefindCache? cache, DiagnosticBag diagnostics)
    {
        if (!site.Config.Search || !theme.Templates.ContainsKey("search")) return null;
        var search = SearchIndex.Find(root, cache, out var missing);
        if (missing is not null)
        {
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, SourceLocation.File(SiteConfigReader.FileName),
                $"the site is built without its search pages: {missing.Reason}", missing.Remedy);
        }
        return search;
    }

    /// <summary>Builds the site described by <paramref name="options"/>, telling <paramref name="progress"/> how far it has got.</summary>
    public static BuildResult Build(BuildOptions options, BuildProgress? progress = null)
    {
        var clock = new StageClock(progress);
        var diagnostics = new DiagnosticBag();
        Site? site = null;
        BuildResult Fail()
        {
            clock.End();
            return new(diagnostics.ToSortedList(), [], 0, 0, 0, clock.Elapsed, clock.Stages) { Drafts = DraftsOf(site) };
        }

        var root = Path.GetFullPath(options.Source);
        string? output = null;
        if (options.Write && (output = OutputFolder.Resolve(root, options.OutputFolder, diagnostics, options.AdoptOutput)) is null)
            return Fail();
        // Two builds into one folder take turns: each replaces the output whole, and the second keeps the first's as previous.
        using var held = output is null ? null : HoldOutput(output, clock, diagnostics);
        if (diagnostics.HasErrors) return Fail();

        clock.Enter("load");

        site = LoadSite(root, diagnostics, options.BaseUrl);
        var theme = site is null ? null : ThemeLoader.Load(root, site.Config, diagnostics);
        if (site is null || theme is null || diagnostics.HasErrors) return Fail();

        clock.Enter("render");
        var search = FindSearch(root, site, theme, options.Pagefind, diagnostics);
        // Each page is read for verification and written to the staging folder as soon as it is rendered, then dropped:
        // a large site is never held in memory whole. A build that fails removes the staging folder, and the output stays as it was.
        // An output that cannot be written is reported with the content's and the templates' own mistakes, which rendering finds.
        using var staging = output is null ? null : Stage(output, options.OutputFolder, diagnostics);
        var facts = new ConcurrentBag<PageFacts>();
        var rendered = SiteRenderer.Render(site, theme, search is not null, diagnostics, progress: progress, rendered: page =>
        {
            var kept = page with { Html = null };
            if (options.Verify) facts.Add(PageFacts.Read(page) with { Page = kept });
            staging?.Write(page);
            return kept;
        });
        if (staging?.Failure is { } failure) OutputFolder.WriteFailed(options.OutputFolder, failure, diagnostics);
        if (diagnostics.HasErrors) return Fail();

        var documents = SiteDocuments.For(site, rendered);
        if (options.Verify)
        {
            clock.Enter("verify");
            OutputVerifier.Verify(facts.OrderBy(f => f.Page.Path, StringComparer.Ordinal).ToArray(), rendered, documents, site.Config,
                diagnostics);
            if (diagnostics.HasErrors) return Fail();
        }

        if (staging is not null)
        {
            clock.Enter("publish");
            if (!OutputFolder.Complete(staging, rendered, documents, options.OutputFolder, diagnostics, search, clock.Enter)) return Fail();
        }
        clock.End();
        var bytes = staging?.Bytes ?? 0;

        return new BuildResult(diagnostics.ToSortedList(), rendered.PagesPerLanguage(site.Config.LanguageCodes),
            rendered.Pages.Count, rendered.Files.Count + documents.Count, bytes, clock.Elapsed, clock.Stages)
        {
            Drafts = DraftsOf(site),
        };
    }

    // The staging folder of the real output folder; null when it cannot be written (reported, as the given output).
    private static StagingFolder? Stage(string output, string given, DiagnosticBag diagnostics)
    {
        try
        {
            return StagingFolder.Create(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputFolder.WriteFailed(given, ex, diagnostics);
            return null;
        }
    }

    /// <summary>How long a build waits for another one publishing to the same folder.</summary>
    internal static readonly TimeSpan OutputPatience = TimeSpan.FromMinutes(10);

    // The output's lock, waited for in the stage "wait" while another build holds it; null when it cannot be had (reported).
    private static OutputLock? HoldOutput(string output, StageClock clock, DiagnosticBag diagnostics)
    {
        try
        {
            return OutputLock.Take(output, OutputPatience, () => clock.Enter("wait"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputFolder.WriteFailed(output, ex, diagnostics);
            return null;
        }
    }

    /// <summary>The drafts of <paramref name="site"/>, as <c>collection/slug</c>.</summary>
    internal static IReadOnlyList<string> DraftsOf(Site? site) => site?.Drafts.Select(d => d.ToString()).ToArray() ?? [];
}
