using System.Collections.Concurrent;
using System.ComponentModel;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Pagefind, which indexes the written pages (each language by its <c>html lang</c>, Japanese and Korean included) into
/// <c>/pagefind/</c> for the search pages. It is the npm package installed in the site folder, else the tool's own copy
/// (<see cref="PagefindCache"/>); its binary runs (or its runner with Node.js, when the binary is not where npm puts
/// it) on links to the pages made in the order of their paths, so that the index has the same bytes however the pages
/// were written (<see cref="SearchBundle"/>). Pagefind indexes one language after another, mostly on one core: on a
/// large site, each language is indexed by a Pagefind of its own, on every core at once, and the parts are joined as
/// one run over all the pages would have written them.
/// </summary>
internal sealed class SearchIndex
{
    private const string Folder = "pagefind";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly string _program;
    private readonly IReadOnlyList<string> _before;
    private readonly IReadOnlyList<string> _languages;

    // Pagefind is program, run with the arguments before (Node.js is given the runner script) and then its own.
    private SearchIndex(string program, IReadOnlyList<string> before, IReadOnlyList<string> languages) =>
        (_program, _before, _languages) = (program, before, languages);

    /// <summary>
    /// The indexer for the site in <paramref name="siteRoot"/>, whose pages are in a folder per language of
    /// <paramref name="languages"/>, from its <c>node_modules</c> or else from <paramref name="cache"/>; null, with
    /// why, when Pagefind is missing, or Node.js when Pagefind needs it.
    /// </summary>
    public static SearchIndex? Find(string siteRoot, PagefindCache? cache, IReadOnlyList<string> languages,
        out MissingSearchTool? missing)
    {
        var own = RunnerIn(siteRoot);
        if (File.Exists(own)) return Running(own, languages, out missing);
        if (cache is null)
        {
            missing = new("Pagefind is not installed",
                "run npm install in the site folder, or set 'search: false' in site.yaml");
            return null;
        }
        return cache.Runner(out missing) is { } cached ? Running(cached, languages, out missing) : null;
    }

    // The binary the runner would start, else the runner with Node.js.
    private static SearchIndex? Running(string runner, IReadOnlyList<string> languages, out MissingSearchTool? missing)
    {
        missing = null;
        if (PagefindBinary.For(runner) is { } binary) return new SearchIndex(binary, [], languages);
        if (ExternalProgram.Find("node") is { } node) return new SearchIndex(node, [runner], languages);
        missing = new("Node.js is not installed", "install Node.js, or set 'search: false' in site.yaml");
        return null;
    }

    /// <summary>Where Pagefind's runner is when it is installed with npm in <paramref name="folder"/>.</summary>
    internal static string RunnerIn(string folder) =>
        Path.Combine(folder, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

    /// <summary>
    /// Indexes the pages in <paramref name="folder"/>; false (after reporting why) when Pagefind fails.
    /// </summary>
    public bool Build(string folder, DiagnosticBag diagnostics) =>
        Run(folder, Path.Combine(folder, Folder), diagnostics);

    /// <summary>
    /// Indexes the pages in <paramref name="folder"/> again. The new index is written beside the folder and replaces
    /// its <c>pagefind/</c> in one rename once complete, so that the search page never loads half an index.
    /// </summary>
    public bool Refresh(string folder, DiagnosticBag diagnostics)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var next = $"{site}.{Folder}-next";
        var old = $"{site}.{Folder}-old";
        foreach (var leftover in new[] { next, old }.Where(Directory.Exists))
            Directory.Delete(leftover, recursive: true);
        if (!Run(site, next, diagnostics))
        {
            if (Directory.Exists(next)) Directory.Delete(next, recursive: true);
            return false;
        }
        FolderSwap.Replace(Path.Combine(site, Folder), next, old);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        return true;
    }

    private bool Run(string site, string bundle, DiagnosticBag diagnostics)
    {
        // Beside the index, named as no published file can be.
        var work = Path.Combine(Path.GetDirectoryName(bundle)!, $".{Path.GetFileName(bundle)}-work");
        try
        {
            SearchBundle.Remove(work);
            var pages = SearchBundle.Pages(site, bundle);
            if (Split(site, pages) is { } parts && IndexApart(site, parts, work, bundle, diagnostics) is { } joined)
                return joined;
            PartsJoined = 1;
            if (!Index(site, pages, Path.Combine(work, "pages"), bundle, diagnostics)) return false;
            SearchBundle.SortLanguages(bundle);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException
            || ex is AggregateException { InnerExceptions: var inner }
                && inner.All(e => e is IOException or UnauthorizedAccessException))
        {
            // The preview indexes pages that a rebuild may be replacing: one that disappears is indexed on the next
            // refresh.
            Failed("the search index could not be built: " +
                $"{(ex as AggregateException)?.InnerExceptions[0].Message ?? ex.Message}",
                diagnostics);
            return false;
        }
        finally
        {
            SearchBundle.Remove(work, bestEffort: true);
        }
    }

    // The pages of each language, to index apart; null when they are indexed in one run: a small site, one core, or
    // parts that would not decide alike whether only the parts of pages marked data-pagefind-body are indexed, as
    // Pagefind decides for all the pages it is given.
    private IReadOnlyList<IReadOnlyList<string>>? Split(string site, IReadOnlyList<string> pages)
    {
        if (_languages.Count < 2 || pages.Count < PagesApart) return null;
        var parts = SearchBundle.ByLanguage(pages, _languages).Where(part => part.Count > 0).ToArray();
        return parts.Length > 1 && parts.Select(part => SearchBundle.MarksBody(site, part)).Distinct().Count() == 1
            ? parts
            : null;
    }

    // Each part indexed by a Pagefind of its own, at once, and joined in bundle; null when the parts do not fit
    // together (a page of one language folder written in another language, indexed by two parts): the pages are then
    // indexed in one run. A page without a language is indexed with its folder's language here, where one run gives it
    // the language most pages are in; the theme gives every page one.
    private bool? IndexApart(string site, IReadOnlyList<IReadOnlyList<string>> parts, string work, string bundle,
        DiagnosticBag diagnostics)
    {
        var indexes = parts.Select((_, i) => Path.Combine(work, $"index-{i}")).ToArray();
        var indexed = new bool[parts.Count];
        // Each Pagefind takes a language as a thread frees up, rather than a share of them decided beforehand.
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, parts.Count), EnumerablePartitionerOptions.NoBuffering),
            Cores.Each,
            i => indexed[i] = Index(site, parts[i], Path.Combine(work, $"pages-{i}"), indexes[i], diagnostics));
        if (!indexed.All(done => done)) return false;
        if (SearchBundle.Join(bundle, indexes))
        {
            PartsJoined = parts.Count;
            return true;
        }
        SearchBundle.Remove(bundle);
        return null;
    }

    // Each Pagefind costs about a third of a second of processor time before it indexes a page, and runs on more than
    // one core at times: on two cores, three languages indexed apart took longer than one run at 370 pages each, and
    // about a seventh less time at 1,070 and at 10,070 pages each.
    /// <summary>
    /// How many pages the site must have for its languages to be indexed apart: on one core, they never are.
    /// </summary>
    internal int PagesApart { get; set; } = Environment.ProcessorCount > 1 ? 2000 : int.MaxValue;

    /// <summary>
    /// Into how many parts the last index was split and joined again (1 when it was made in one run).
    /// </summary>
    internal int PartsJoined { get; private set; }

    // Pagefind over those pages of site, read from links to them in mirror, writing its index in bundle.
    private bool Index(string site, IReadOnlyList<string> pages, string mirror, string bundle,
        DiagnosticBag diagnostics)
    {
        SearchBundle.Mirror(site, pages, mirror);
        (bool Finished, int ExitCode, string Said) run;
        try
        {
            run = ExternalProgram.Run(_program, [.. _before, "--site", mirror, "--output-path", bundle, "--quiet"],
                Limit);
        }
        catch (Win32Exception ex)
        {
            // The binary is gone or not executable, or a *_BINARY_PATH variable names something that is not Pagefind.
            Failed($"the search index could not be built: {_program} could not be started ({ex.Message})", diagnostics);
            return false;
        }
        if (run is { Finished: true, ExitCode: 0 }) return true;
        Failed(run.Finished ? $"the search index could not be built: {run.Said}"
            : $"the search index took longer than {Limit.TotalMinutes} minutes and was stopped", diagnostics);
        return false;
    }

    private static void Failed(string message, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.SearchIndexFailed,
            SourceLocation.File(Configuration.SiteConfigReader.FileName), message,
            "set 'search: false' in site.yaml to build without search");
}
