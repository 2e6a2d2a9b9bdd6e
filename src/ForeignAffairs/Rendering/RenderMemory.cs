using ForeignAffairs.Content;
using System.Collections.Concurrent;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What a live site's last render made in each language and a rebuild can use again: the entry views, of which only
/// those of changed entries are filled again, and the cached partials (<c>include_cached</c>) that read nothing that
/// changed. Valid only for the same entries and settings: the live site forgets it all when those change.
/// </summary>
internal sealed class RenderMemory
{
    private readonly ConcurrentDictionary<string, EntryViews> _views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PartialCache> _partials = new(StringComparer.Ordinal);
    private ProjectGroups? _groups;

    /// <summary>
    /// The builders pages are rendered into, grown to the longest page and kept for the next rebuild.
    /// </summary>
    public OutputBuffers Buffers { get; } = new();

    /// <summary>The path order of the last render's pages.</summary>
    public PageOrder Order { get; } = new();

    /// <summary>
    /// The projects under each facet of the explorer: those of the last render, unless the listing of projects changed.
    /// </summary>
    public ProjectGroups GroupsFor(Site site, RenderScope? scope) =>
        _groups = _groups is not null && scope is not null && !scope.IsStale(ProjectGroups.Reads)
            ? _groups
            : new ProjectGroups(site);

    /// <summary>The views last made for <paramref name="language"/>, if any.</summary>
    public EntryViews? ViewsFor(string language) => _views.GetValueOrDefault(language);

    /// <summary>Keeps the views just made for <paramref name="language"/>.</summary>
    public void Keep(string language, EntryViews views) => _views[language] = views;

    /// <summary>
    /// The cached partials of <paramref name="language"/>, without those that read what <paramref name="scope"/> says
    /// changed.
    /// </summary>
    public PartialCache PartialsFor(string language, RenderScope? scope)
    {
        var partials = _partials.GetOrAdd(language, _ => new PartialCache());
        if (scope is null) partials.Clear();
        else partials.Forget(scope.IsStale, scope.Reach);
        return partials;
    }

    /// <summary>Forgets everything, so that the next render makes it anew.</summary>
    public void Clear()
    {
        _groups = null;
        _views.Clear();
        _partials.Clear();
    }
}
