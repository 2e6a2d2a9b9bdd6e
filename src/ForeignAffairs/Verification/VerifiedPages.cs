using System.Collections.Concurrent;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Verification;

/// <summary>
/// What the verifications of a live site read and found, page by page. While the site publishes the same files, a
/// rebuild reads only the pages rendered again and checks only those and the pages whose fragment links or hreflang
/// alternates lead to them; every other page reports what it reported before. What it reports is what a full
/// verification would, and the first verification is one.
/// </summary>
/// <param name="remembers">Whether runs build on the ones before; a build that runs once keeps nothing for a
/// next.</param>
internal sealed class VerifiedPages(bool remembers)
{
    private readonly ConcurrentDictionary<string, PageFacts> _read = new(StringComparer.Ordinal);
    private readonly StringPool _strings = new();
    private readonly Dictionary<string, HashSet<string>> _alternatesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _depends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _dependents = new(StringComparer.Ordinal);
    private Dictionary<string, PageFacts> _pages = new(StringComparer.Ordinal);
    // The paths verified by runs that did not succeed, whose pages the next run has in the last good build's versions;
    // and whether such a run published other paths.
    private readonly HashSet<string> _unconfirmed = new(StringComparer.Ordinal);
    // What was read of the last good build's pages that such runs replaced: the next run may have those very pages
    // again, and the preview keeps no HTML to read them from.
    private readonly Dictionary<string, PageFacts> _confirmed = new(StringComparer.Ordinal);
    private bool _pathsUnconfirmed;
    private string[] _others = [];
    private OutputPaths? _paths;

    /// <summary>
    /// Reads <paramref name="page"/> as it is rendered, for what the render keeps of it (<paramref name="kept"/>, which
    /// may be without its HTML); from any thread.
    /// </summary>
    public void Read(RenderedPage page, RenderedPage kept) =>
        _read[kept.Path] = HtmlScanner.Read(kept, page.Markup.Span, _strings);

    /// <summary>
    /// Verifies <paramref name="rendered"/> and <paramref name="documents"/>, whose pages differ from the last good
    /// build's as <paramref name="change"/> says, checking again only what may have changed.
    /// </summary>
    public void Verify(RenderedSite rendered, RenderedChange change, IReadOnlyList<PublishedDocument> documents,
        SiteConfig config, DiagnosticBag diagnostics)
    {
        var others = rendered.Files.Select(f => f.Path).Concat(documents.Select(d => d.Path)).ToArray();
        // Pages a run that failed verified in the place of the last good build's are read again with those rendered
        // anew.
        var suspects = change.Anew.Concat(_unconfirmed.Select(rendered.Page).OfType<RenderedPage>())
            .DistinctBy(p => p.Path, StringComparer.Ordinal).ToArray();
        var samePaths = _paths is not null && !_pathsUnconfirmed && change.Gone.Count == 0
            && others.SequenceEqual(_others)
            && suspects.All(p => _pages.ContainsKey(p.Path));
        var facts = (samePaths ? suspects : rendered.Pages).AsParallel().Select(FactsOf).ToArray();
        Discard();
        if (!samePaths) Reset(OutputVerifier.PublishedPaths(rendered, documents).ToArray(), others, config);
        var changed = facts.Where(f => !ReferenceEquals(_pages.GetValueOrDefault(f.Page.Path), f))
            .Select(f => f.Page.Path).ToArray();
        KeepConfirmed(changed);
        foreach (var f in facts) _pages[f.Page.Path] = f;
        // Until a later run confirms them, these pages stand in for the last good build's (a single build has no later
        // run).
        if (remembers)
        {
            _unconfirmed.UnionWith(changed);
            _pathsUnconfirmed |= !samePaths;
        }
        ResolveAlternates(changed);

        // A page's report depends on itself and on the pages its fragment links and alternates lead to.
        var recheck = changed.ToHashSet(StringComparer.Ordinal);
        foreach (var path in changed)
            if (_dependents.TryGetValue(path, out var dependents)) recheck.UnionWith(dependents);
        if (!remembers)
        {
            // A build that runs once checks every page once, straight into the build's problems: nothing is kept.
            recheck.AsParallel().ForAll(path =>
                OutputVerifier.Check(_pages[path], _paths!, _pages, _alternatesOf, config.DefaultLanguage.Code,
                    diagnostics));
            return;
        }
        var results = recheck.AsParallel().Select(path =>
        {
            var own = new DiagnosticBag();
            var depends = OutputVerifier.Check(_pages[path], _paths!, _pages, _alternatesOf,
                config.DefaultLanguage.Code, own);
            return (Path: path, Found: own.ToSortedList(), Depends: depends);
        }).ToArray();
        foreach (var (path, found, depends) in results) Record(path, found, depends);

        foreach (var found in _found.Values)
            foreach (var diagnostic in found) diagnostics.Add(diagnostic);
    }

    // Where the alternates of each of the pages at paths lead, resolved on every core: on one, it took a quarter of a
    // second at 10,000 projects in three languages.
    private void ResolveAlternates(string[] paths)
    {
        var alternates = new HashSet<string>[paths.Length];
        Parallel.For(0, paths.Length, Cores.Each,
            i => alternates[i] = OutputVerifier.AlternatePaths(_pages[paths[i]], _paths!));
        for (var i = 0; i < paths.Length; i++) _alternatesOf[paths[i]] = alternates[i];
    }

    /// <summary>Forgets what a run read of its pages once they are verified, or when the run failed.</summary>
    public void Discard()
    {
        _read.Clear();
        _strings.Clear();
    }

    /// <summary>Notes that the run verified last succeeded: what it verified is what the output now holds.</summary>
    public void Confirm()
    {
        _unconfirmed.Clear();
        _confirmed.Clear();
        _pathsUnconfirmed = false;
    }

    // Before a run replaces what was read of the pages at these paths: what the last good build's pages were found to
    // be, kept until a run succeeds (a run that failed already replaced the others).
    private void KeepConfirmed(IEnumerable<string> paths)
    {
        if (!remembers) return;
        foreach (var path in paths)
            if (!_unconfirmed.Contains(path) && _pages.TryGetValue(path, out var facts)) _confirmed.TryAdd(path, facts);
    }

    // A page is read as it is rendered; a page kept from the last render was read then, and what was read is kept
    // aside when a run that failed since verified pages of its own in its place.
    private PageFacts FactsOf(RenderedPage page) =>
        _read.TryGetValue(page.Path, out var read) && ReferenceEquals(read.Page, page) ? read
        : _pages.TryGetValue(page.Path, out var before) && ReferenceEquals(before.Page, page) ? before
        : _confirmed.TryGetValue(page.Path, out var confirmed) && ReferenceEquals(confirmed.Page, page) ? confirmed
        : PageFacts.Read(page);

    private void Reset(string[] published, string[] others, SiteConfig config)
    {
        KeepConfirmed(_pages.Keys);
        (_others, _paths, _pages) = (others, new OutputPaths(published, config.BaseUrl), new(StringComparer.Ordinal));
        _alternatesOf.Clear();
        _found.Clear();
        _depends.Clear();
        _dependents.Clear();
    }

    private void Record(string path, IReadOnlyList<Diagnostic> found, IReadOnlySet<string> depends)
    {
        if (_depends.TryGetValue(path, out var before))
            foreach (var target in before) _dependents[target].Remove(path);
        foreach (var target in depends)
        {
            if (!_dependents.TryGetValue(target, out var dependents))
                _dependents[target] = dependents = new HashSet<string>(StringComparer.Ordinal);
            dependents.Add(path);
        }
        (_depends[path], _found[path]) = (depends, found);
    }
}
