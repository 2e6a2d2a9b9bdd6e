using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Pagefind, which indexes the written pages (each language by its <c>html lang</c>, Japanese and Korean included) into
/// <c>/pagefind/</c> for the search pages. It is the npm package installed in the site folder, else the tool's own copy
/// (<see cref="PagefindCache"/>), and runs with Node.js.
/// </summary>
public sealed class SearchIndex
{
    private const string Folder = "pagefind";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly string _node;
    private readonly string _pagefind;

    private SearchIndex(string node, string pagefind) => (_node, _pagefind) = (node, pagefind);

    /// <summary>
    /// The indexer for the site in <paramref name="siteRoot"/>, from its <c>node_modules</c> or else from
    /// <paramref name="cache"/>; null, with why, when Node.js or Pagefind is missing.
    /// </summary>
    public static SearchIndex? Find(string siteRoot, PagefindCache? cache, out MissingSearchTool? missing)
    {
        if (ExternalProgram.Find("node") is not { } node)
        {
            missing = new("Node.js is not installed", "install Node.js, or set 'search: false' in site.yaml");
            return null;
        }
        var own = RunnerIn(siteRoot);
        if (File.Exists(own))
        {
            missing = null;
            return new SearchIndex(node, own);
        }
        if (cache is null)
        {
            missing = new("Pagefind is not installed", "run npm install in the site folder, or set 'search: false' in site.yaml");
            return null;
        }
        return cache.Runner(out missing) is { } cached ? new SearchIndex(node, cached) : null;
    }

    /// <summary>Where Pagefind's runner is when it is installed with npm in <paramref name="folder"/>.</summary>
    internal static string RunnerIn(string folder) => Path.Combine(folder, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

    /// <summary>Indexes the pages in <paramref name="folder"/>; false (after reporting why) when Pagefind fails.</summary>
    public bool Build(string folder, DiagnosticBag diagnostics) => Run(folder, Path.Combine(folder, Folder), diagnostics);

    /// <summary>
    /// Indexes the pages in <paramref name="folder"/> again. The new index is written beside the folder and replaces its
    /// <c>pagefind/</c> in one rename once complete, so that the search page never loads half an index.
    /// </summary>
    public bool Refresh(string folder, DiagnosticBag diagnostics)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var next = $"{site}.{Folder}-next";
        var old = $"{site}.{Folder}-old";
        foreach (var leftover in new[] { next, old }.Where(Directory.Exists)) Directory.Delete(leftover, recursive: true);
        if (!Run(site, next, diagnostics))
        {
            if (Directory.Exists(next)) Directory.Delete(next, recursive: true);
            return false;
        }
        var current = Path.Combine(site, Folder);
        if (Directory.Exists(current)) Directory.Move(current, old);
        Directory.Move(next, current);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        return true;
    }

    private bool Run(string site, string bundle, DiagnosticBag diagnostics)
    {
        var (finished, exitCode, said) = ExternalProgram.Run(_node, [_pagefind, "--site", site, "--output-path", bundle, "--quiet"], Limit);
        if (finished && exitCode == 0) return true;
        diagnostics.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.File(Configuration.SiteConfigReader.FileName),
            finished ? $"the search index could not be built: {said}"
                : $"the search index took longer than {Limit.TotalMinutes} minutes and was stopped",
            "set 'search: false' in site.yaml to build without search");
        return false;
    }
}
