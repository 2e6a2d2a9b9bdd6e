using ForeignAffairs.Content;

namespace ForeignAffairs.Incremental;

/// <summary>Whether two loads of an entry hold the same values: its records hold dictionaries and lists, which records compare by reference.</summary>
internal static class EntryComparison
{
    public static bool Same(Entry a, Entry b) =>
        a.Key == b.Key
        && SameText(a.Title, b.Title)
        && (a.Summary is null ? b.Summary is null : b.Summary is not null && SameText(a.Summary, b.Summary))
        && a.Date == b.Date
        && a.Weight == b.Weight
        && SameValue(a.Fields, b.Fields)
        && a.Texts.Count == b.Texts.Count && a.Texts.All(t => b.Texts.TryGetValue(t.Key, out var other) && t.Value == other)
        && a.Resources.SequenceEqual(b.Resources, StringComparer.Ordinal);

    private static bool SameText(LocalizedText a, LocalizedText b) =>
        a.Invariant == b.Invariant && SameValue(
            a.ByLanguage.ToDictionary(p => p.Key, p => (object)p.Value),
            b.ByLanguage.ToDictionary(p => p.Key, p => (object)p.Value));

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (LocalizedText x, LocalizedText y) => SameText(x, y),
        (IReadOnlyDictionary<string, object> x, IReadOnlyDictionary<string, object> y) =>
            x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other) && SameValue(p.Value, other)),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (IEnumerable<object> x, IEnumerable<object> y) => x.Zip(y).All(p => SameValue(p.First, p.Second)) && x.Count() == y.Count(),
        _ => Equals(a, b),
    };
}
