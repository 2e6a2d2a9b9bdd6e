using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// The stages of every build, in the order they run: load → render → verify → publish. Build, check and the preview's
/// rebuilds are this one sequence; they differ only in what a run keeps for the next (<see cref="BuildMemory"/>) and in
/// where the pages go (<see cref="SiteOutput"/>; a check has none). Each stage reports to one diagnostics collection,
/// and the run stops at the first stage that found an error, before the output is touched.
/// </summary>
internal sealed class BuildPipeline(BuildOptions options, BuildMemory memory, SiteOutput? output)
{
    /// <summary>What each template cost the runs of this pipeline, when the options ask for it.</summary>
    public TemplateMetrics? Templates { get; } = options.TemplateMetrics ? new TemplateMetrics() : null;

    /// <summary>Runs the stages, timing them on <paramref name="clock"/>.</summary>
    public BuildRun Run(StageClock clock, DiagnosticBag diagnostics, BuildProgress? progress)
    {
        var root = Path.GetFullPath(options.Source);
        var previous = memory.Last;
        if (output is not null && !output.Open(root, clock, diagnostics)) return Failed(null, previous, clock, false);

        clock.Enter(BuildStage.Load);
        var (site, theme) = LoadWithTheme(root, diagnostics);
        if (site is null || theme is null || diagnostics.HasErrors) return Failed(site, previous, clock, false);

        clock.Enter(BuildStage.Render);
        var search = FindSearch(root, site, theme, options.Pagefind, diagnostics);
        var changes = previous is null
            ? null
            : SiteChanges.Between(previous.Site, previous.Theme, previous.Search is not null, site, theme,
                search is not null);
        var anew = previous is null ? "the first build" : changes!.Everything;
        if (anew is not null) memory.RenderAnew();
        // An output to be written whole needs every page's HTML; the texts rendered before stay good, even if it fails.
        var reason = anew ?? output?.NeedsEveryPage;
        // Without a reason to render everything, there is a last good build, and what the changes did not touch is
        // kept.
        var rendered = Render(site, theme, search is not null, reason is null ? Scope(previous!, changes!) : Everything,
            diagnostics, progress);
        if (diagnostics.HasErrors) return Failed(site, previous, clock, anew is not null);
        var projects = ProjectExports.For(site, reason is null ? previous!.Projects : null);
        var documents = reason is null
            ? SiteDocuments.Update(site, rendered, projects, previous!.Site, previous.Rendered, previous.Projects,
                previous.Documents)
            : SiteDocuments.For(site, rendered, projects);
        var change = previous is null ? RenderedChange.Whole(rendered) : rendered.Since(previous.Rendered);
        var built = new BuiltSite(site, theme, search, rendered, change, projects, documents);

        if (options.Verify)
        {
            clock.Enter(BuildStage.Verify);
            memory.Verified.Verify(rendered, change, documents, site.Config, diagnostics);
            if (diagnostics.HasErrors) return Failed(site, previous, clock, anew is not null);
        }

        var published = default(Published);
        if (output is not null)
        {
            clock.Enter(BuildStage.Publish);
            if (output.Publish(built, previous, clock, diagnostics) is not { } done)
                return Failed(site, previous, clock, anew is not null);
            published = done;
        }
        memory.Succeeded(built);
        clock.End();
        return new BuildRun(site, built, previous, reason, published);
    }

    // The site and its theme, or nulls when the settings cannot be read. The theme needs only the settings: its
    // templates are parsed while the content is read. What it reports is added once the content is checked, since some
    // checks of the content look at whether errors were reported before them.
    private (Site? Site, Theme? Theme) LoadWithTheme(string root, DiagnosticBag diagnostics)
    {
        if (Configure(root, options.BaseUrl, diagnostics, options.Today) is not { } config) return (null, null);
        var themeDiagnostics = new DiagnosticBag();
        var reading = Task.Run(() =>
        {
            if (memory.Theme is { } loaded) return loaded.Load(root, config, themeDiagnostics);
            // Read for the first time, so are Scriban's built-in functions, which rendering would otherwise wait for.
            HtmlTemplateContext.Prepare();
            return ThemeLoader.Load(root, config, themeDiagnostics);
        });
        Site site;
        try
        {
            site = Load(root, config, diagnostics, memory.Folders, memory.Checked);
        }
        finally
        {
            // Even when reading the content failed: the preview reads the site again then, and no theme may still be
            // loading.
            Task.WhenAny(reading).Wait();
        }
        var theme = reading.GetAwaiter().GetResult();
        if (options.InterpretTemplates) theme = theme?.Interpreted();
        diagnostics.AddRange(themeDiagnostics);
        return (site, theme);
    }

    /// <summary>
    /// The load stage: the site in <paramref name="root"/> with its content checked against the schemas, built on the
    /// day <paramref name="today"/> (the current day in Vietnam when null), or null when its settings cannot be read.
    /// Folders whose files did not change since <paramref name="folders"/> read them are not read again, and entries
    /// not checked again while the set of entries is the same (<paramref name="checkedEntries"/>).
    /// </summary>
    public static Site? Load(string root, Uri? baseUrl, DiagnosticBag diagnostics, LoadedFolders? folders = null,
        CheckedEntries? checkedEntries = null, DateOnly? today = null) =>
        Configure(root, baseUrl, diagnostics, today) is { } config
            ? Load(root, config, diagnostics, folders, checkedEntries)
            : null;

    // The site's settings, with the address and day of this build; null when they cannot be read.
    private static SiteConfig? Configure(string root, Uri? baseUrl, DiagnosticBag diagnostics, DateOnly? today)
    {
        var config = SiteConfigReader.Read(root, diagnostics);
        if (config is null) return null;
        if (baseUrl is not null) config = config.WithBaseUrl(baseUrl);
        return config with { Today = today ?? EventTime.TodayInVietnam() };
    }

    // The content of the site in root, checked against the schemas of config.
    private static Site Load(string root, SiteConfig config, DiagnosticBag diagnostics, LoadedFolders? folders,
        CheckedEntries? checkedEntries) =>
        SiteValidator.Validate(ContentLoader.Load(root, config, diagnostics, folders), diagnostics, checkedEntries);

    // Search is decided before rendering, so that a site without its index has no search page and no link to one.
    private static SearchIndex? FindSearch(string root, Site site, Theme theme, PagefindCache? cache,
        DiagnosticBag diagnostics)
    {
        if (!site.Config.Search || !theme.Templates.ContainsKey("search")) return null;
        var search = SearchIndex.Find(root, cache, site.Config.LanguageCodes, out var missing);
        if (missing is not null)
        {
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, SourceLocation.File(SiteConfigReader.FileName),
                $"the site is built without its search pages: {missing.Reason}", missing.Remedy);
        }
        return search;
    }

    // Every page, noting what each depends on when runs build on the ones before, so that the next can keep some.
    private RenderScope? Everything => memory.Keeps ? RenderScope.Everything : null;

    // The pages that depend on what changed since the last good build; the others are kept.
    private static RenderScope Scope(BuiltSite previous, SiteChanges changes) =>
        RenderScope.Since(previous.Rendered, changes.Touches, changes.Reach);

    // Each page is read for verification and handed to the output as soon as it is rendered; a page the output wrote
    // where it will be published is then let go of, so that a large site is never held in memory whole (the preview
    // keeps the HTML of the pages a rebuild refreshes in place until the run is published).
    private RenderedSite Render(Site site, Theme theme, bool search, RenderScope? scope, DiagnosticBag diagnostics,
        BuildProgress? progress)
    {
        output?.Begin(diagnostics);
        var rendered = SiteRenderer.Render(site, theme, search, diagnostics, scope, progress, memory.Markdown, page =>
        {
            var written = output?.Write(page) ?? false;
            // The preview takes the page's digest here, on the rendering threads, for the next rebuild to compare; a
            // page written where it will be published is then let go of, as a single build lets go of every page.
            var kept = !memory.Keeps ? page.Written()
                : written ? page.WithDigest().Written()
                : page.WithDigest();
            if (options.Verify) memory.Verified.Read(page, kept);
            return kept;
        }, memory.Render, options.Images ?? memory.Images, Templates);
        output?.Rendered(diagnostics);
        return rendered;
    }

    private BuildRun Failed(Site? site, BuiltSite? previous, StageClock clock, bool renderedAnew)
    {
        memory.Failed(renderedAnew);
        output?.Abandon();
        clock.End();
        return new BuildRun(site, null, previous, null, default);
    }
}
