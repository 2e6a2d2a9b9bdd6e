namespace ForeignAffairs.Content;

/// <summary>
/// A validated entry. <see cref="Fields"/> hold values typed by the collection's schema: <see cref="LocalizedText"/>,
/// <see cref="string"/>, <see cref="decimal"/>, <see cref="long"/>, <see cref="DateOnly"/>, <see cref="bool"/>,
/// <see cref="EntryKey"/>, lists of those, and records (read-only dictionaries of them). Text fields already include
/// each translation's front-matter overrides.
/// </summary>
/// <param name="Key">The entry's collection and slug.</param>
/// <param name="Title">The entry's title in each language.</param>
/// <param name="Summary">The entry's summary, if it has one.</param>
/// <param name="Date">The value of the collection's date field, for dated collections.</param>
/// <param name="Weight">The order in lists: lower first; entries without one come after those with one.</param>
/// <param name="Fields">Every field given, by name.</param>
/// <param name="Texts">The Markdown bodies by language code.</param>
/// <param name="Resources">Files published beside the entry's pages, relative to its folder.</param>
internal sealed record Entry(
    EntryKey Key,
    LocalizedText Title,
    LocalizedText? Summary,
    DateOnly? Date,
    long Weight,
    IReadOnlyDictionary<string, object> Fields,
    IReadOnlyDictionary<string, EntryText> Texts,
    IReadOnlyList<string> Resources)
{
    /// <summary>
    /// The images among <see cref="Resources"/> by name, length and time of change (<see cref="EntrySource.Images"/>).
    /// </summary>
    public string Images { get; init; } = "";

    /// <summary>Every entry this one refers to through its fields, each once, in order.</summary>
    public IReadOnlyList<EntryKey> References { get; } = Fields.Values.SelectMany(KeysIn).Distinct().ToArray();

    /// <summary>
    /// Whether the entry is written in <paramref name="language"/>: it has a text in it, or, having no Markdown at all,
    /// a title in it.
    /// </summary>
    public bool IsWrittenIn(string language) =>
        Texts.Count == 0 ? Title.TryGet(language, out _) : Texts.ContainsKey(language);

    private static IEnumerable<EntryKey> KeysIn(object value) => value switch
    {
        EntryKey key => [key],
        IReadOnlyDictionary<string, object> record => record.Values.SelectMany(KeysIn),
        IEnumerable<object> list => list.SelectMany(KeysIn),
        _ => [],
    };
}
