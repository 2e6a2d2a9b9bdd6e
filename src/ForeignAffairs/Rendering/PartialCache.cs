using System.Collections.Concurrent;
using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The partials of one language rendered by <c>include_cached</c>, by partial name and keys, with what each read.
/// </summary>
internal sealed class PartialCache
{
    private readonly ConcurrentDictionary<string, Rendered> _rendered = new(StringComparer.Ordinal);
    // Keys are looked up as written, so that a partial found (nearly every time) costs no string of its own.
    private readonly ConcurrentDictionary<string, Rendered>.AlternateLookup<ReadOnlySpan<char>> _byText;
    // The partials that read each entry, so that a rebuild looks only at those that may have read a change, not at all
    // of them (a table's row per project and language).
    private readonly ConcurrentDictionary<EntryKey, ConcurrentQueue<string>> _readers = new();

    /// <summary>
    /// A partial's markup and what it read while it was rendered (null when pages do not note what they read).
    /// </summary>
    public sealed record Rendered(RawHtml Html, PageDependencies? Reads);

    public PartialCache() => _byText = _rendered.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> key, out Rendered rendered) => _byText.TryGetValue(key, out rendered!);

    /// <summary>
    /// Keeps <paramref name="rendered"/> unless another thread kept the same partial first; returns the one kept.
    /// </summary>
    public Rendered Keep(string key, Rendered rendered)
    {
        var kept = _rendered.GetOrAdd(key, rendered);
        if (ReferenceEquals(kept, rendered) && rendered.Reads is { } reads)
            reads.ForEachPart(part =>
            {
                foreach (var entry in part.Entries)
                    _readers.GetOrAdd(entry, _ => new ConcurrentQueue<string>()).Enqueue(key);
            });
        return kept;
    }

    /// <summary>
    /// Forgets the partials whose reads <paramref name="stale"/> says are out of date: among those that read an entry
    /// of <paramref name="reach"/> when it is given, else among all.
    /// </summary>
    public void Forget(Func<PageDependencies, bool> stale, IReadOnlyCollection<EntryKey>? reach)
    {
        if (reach is null)
        {
            foreach (var (key, rendered) in _rendered)
                if (rendered.Reads is null || stale(rendered.Reads)) _rendered.TryRemove(key, out _);
            return;
        }
        foreach (var entry in reach)
        {
            if (!_readers.TryRemove(entry, out var keys)) continue;
            var still = new ConcurrentQueue<string>();
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (!_rendered.TryGetValue(key, out var rendered)) continue;
                if (rendered.Reads is null || stale(rendered.Reads)) _rendered.TryRemove(key, out _);
                else still.Enqueue(key);
            }
            if (!still.IsEmpty) _readers[entry] = still;
        }
    }

    /// <summary>Forgets every partial.</summary>
    public void Clear()
    {
        _rendered.Clear();
        _readers.Clear();
    }
}
