using System.Collections.Concurrent;

namespace ForeignAffairs.Rendering;

/// <summary>The partials of one language rendered by <c>include_cached</c>, by partial name and keys, with what each read.</summary>
internal sealed class PartialCache
{
    private readonly ConcurrentDictionary<string, Rendered> _rendered = new(StringComparer.Ordinal);

    /// <summary>A partial's markup and what it read while it was rendered (null when pages do not note what they read).</summary>
    public sealed record Rendered(RawHtml Html, PageDependencies? Reads);

    public bool TryGet(string key, out Rendered rendered) => _rendered.TryGetValue(key, out rendered!);

    /// <summary>Keeps <paramref name="rendered"/> unless another thread kept the same partial first; returns the one kept.</summary>
    public Rendered Keep(string key, Rendered rendered) => _rendered.GetOrAdd(key, rendered);

    /// <summary>Forgets the partials whose reads <paramref name="stale"/> says are out of date.</summary>
    public void Forget(Func<PageDependencies?, bool> stale)
    {
        foreach (var (key, rendered) in _rendered)
            if (stale(rendered.Reads)) _rendered.TryRemove(key, out _);
    }
}
