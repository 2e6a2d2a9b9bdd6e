using ForeignAffairs.Content;

namespace ForeignAffairs.Incremental;

/// <summary>
/// Whether two loads of an entry hold the same values: its records hold dictionaries and lists, which records compare
/// by reference.
/// </summary>
internal static class EntryComparison
{
    /// <summary>
    /// The members of the entry's template view whose values differ between <paramref name="a"/> and
    /// <paramref name="b"/>.
    /// </summary>
    public static IReadOnlyList<string> ChangedMembers(Entry a, Entry b)
    {
        var members = new List<string>();
        if (!SameText(a.Title, b.Title)) members.AddRange(["title", "title_lang"]);
        if (a.Summary is null ? b.Summary is not null : b.Summary is null || !SameText(a.Summary, b.Summary))
            members.AddRange(["summary", "summary_lang"]);
        if (a.Date != b.Date) members.Add("date");
        if (!SameValue(a.Fields, b.Fields)) members.Add("fields");
        // The images and the documents listed beside them are made from the images field.
        if (!SameField(a, b, "images")) members.AddRange(["images", "resources"]);
        if (a.Texts.Count != b.Texts.Count
            || a.Texts.Any(t => !b.Texts.TryGetValue(t.Key, out var other) || t.Value != other))
            members.AddRange(["content", "has_content", "content_lang"]);
        if (!a.Resources.SequenceEqual(b.Resources, StringComparer.Ordinal)) members.Add("resources");
        // A replaced image has new addresses, in the entry's images and in any text that shows it.
        if (a.Images != b.Images) members.AddRange(["images", "content", "has_content"]);
        return members;
    }

    /// <summary>Whether the field <paramref name="name"/> has the same value in both.</summary>
    public static bool SameField(Entry a, Entry b, string name) =>
        SameValue(a.Fields.GetValueOrDefault(name), b.Fields.GetValueOrDefault(name));

    /// <summary>Whether the title is the same in both.</summary>
    public static bool SameTitle(Entry a, Entry b) => SameText(a.Title, b.Title);

    private static bool SameText(LocalizedText a, LocalizedText b) =>
        a.Invariant == b.Invariant && SameValue(
            a.ByLanguage.ToDictionary(p => p.Key, p => (object)p.Value, StringComparer.Ordinal),
            b.ByLanguage.ToDictionary(p => p.Key, p => (object)p.Value, StringComparer.Ordinal));

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (LocalizedText x, LocalizedText y) => SameText(x, y),
        (IReadOnlyDictionary<string, object> x, IReadOnlyDictionary<string, object> y) =>
            x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other) && SameValue(p.Value, other)),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        // 200 and 200.0 are equal numbers, but templates write them as they were written.
        (decimal x, decimal y) => x == y && x.Scale == y.Scale,
        (IEnumerable<object> x, IEnumerable<object> y) =>
            x.Zip(y).All(p => SameValue(p.First, p.Second)) && x.Count() == y.Count(),
        _ => Equals(a, b),
    };
}
