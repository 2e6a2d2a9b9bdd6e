using System.Collections.Concurrent;

namespace ForeignAffairs.Verification;

/// <summary>
/// One copy of each text the pages of a render share, from any thread: the menu's links and the theme's ids are on
/// every page, and the facts of every page are kept until the pages are verified.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _kept.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="text"/> as a string, the one kept when the pool has it.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var kept)) return kept;
        var made = text.ToString();
        return _kept.GetOrAdd(made, made);
    }

    /// <summary>Forgets every text; those already given out stay as they are.</summary>
    public void Clear() => _kept.Clear();
}
