using System.Diagnostics;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Pagefind, which indexes the written pages (each language by its <c>html lang</c>, Japanese and Korean included) into
/// <c>/pagefind/</c> for the search pages. It is found as the npm package installed in the site folder and run with Node.js.
/// </summary>
public sealed class SearchIndex
{
    private const string Folder = "pagefind";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly string _node;
    private readonly string _pagefind;

    private SearchIndex(string node, string pagefind) => (_node, _pagefind) = (node, pagefind);

    /// <summary>The indexer for the site in <paramref name="siteRoot"/>, or null (with the reason) when Node.js or Pagefind is missing.</summary>
    public static SearchIndex? Find(string siteRoot, out string? missing)
    {
        var pagefind = Path.Combine(siteRoot, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        var node = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists);
        missing = node is null ? "Node.js is not installed"
            : !File.Exists(pagefind) ? "Pagefind is not installed (run npm install in the site folder)"
            : null;
        return missing is null ? new SearchIndex(node!, pagefind) : null;
    }

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
        var start = new ProcessStartInfo(_node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { _pagefind, "--site", site, "--output-path", bundle, "--quiet" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            diagnostics.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.File(Configuration.SiteConfigReader.FileName),
                $"the search index took longer than {Limit.TotalMinutes} minutes and was stopped", "set 'search: false' in site.yaml to build without search");
            return false;
        }
        if (process.ExitCode == 0) return true;
        var detail = string.Join(' ', new[] { errors.Result, output.Result }.Where(t => t.Trim().Length > 0)).Trim();
        diagnostics.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.File(Configuration.SiteConfigReader.FileName),
            $"the search index could not be built: {detail}", "set 'search: false' in site.yaml to build without search");
        return false;
    }
}
