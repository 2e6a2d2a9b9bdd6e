namespace ForeignAffairs.Content;

/// <summary>
/// Text that may differ by language: either one text for every language (<see cref="Invariant"/>)
/// or a text per language code, as written <c>title: {en: Bac Ninh, ja: バクニン省}</c>.
/// </summary>
internal sealed record LocalizedText(string? Invariant, IReadOnlyDictionary<string, string> ByLanguage)
{
    /// <summary>The same text in every language.</summary>
    public static LocalizedText Of(string text) => new(text, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The text written for <paramref name="language"/>, either for it alone or for every language.</summary>
    public bool TryGet(string language, out string text)
    {
        if (ByLanguage.TryGetValue(language, out var own)) { text = own; return true; }
        if (Invariant is not null) { text = Invariant; return true; }
        text = "";
        return false;
    }

    /// <summary>
    /// The text for <paramref name="language"/>, else the default language's, else any; with the language it is written
    /// in.
    /// </summary>
    public (string Text, string Language) Resolve(string language, string defaultLanguage)
    {
        if (TryGet(language, out var text)) return (text, language);
        if (ByLanguage.TryGetValue(defaultLanguage, out var fallback)) return (fallback, defaultLanguage);
        var first = ByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).First();
        return (first.Value, first.Key);
    }

    /// <summary>This text with <paramref name="overrides"/> taking precedence language by language.</summary>
    public LocalizedText With(LocalizedText overrides)
    {
        var merged = new Dictionary<string, string>(ByLanguage, StringComparer.Ordinal);
        foreach (var (language, text) in overrides.ByLanguage) merged[language] = text;
        return new LocalizedText(overrides.Invariant ?? Invariant, merged);
    }

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null && Invariant == other.Invariant && ByLanguage.Count == other.ByLanguage.Count
        && ByLanguage.All(p => other.ByLanguage.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Invariant, ByLanguage.Count);
}
