using ForeignAffairs.Content;

namespace ForeignAffairs.Localization;

/// <summary>
/// What is translated, stale or missing, language by language, for editors planning translation work.
/// </summary>
internal static class TranslationReport
{
    /// <summary>
    /// The status of every entry in every language but the default, by language in site order, then entry.
    /// </summary>
    public static IReadOnlyList<TranslationStatus> For(Site site)
    {
        var defaultLanguage = site.Config.DefaultLanguage.Code;
        return site.Config.LanguageCodes.Where(l => l != defaultLanguage)
            .SelectMany(language =>
                site.Entries.OrderBy(e => e.Key).Select(entry => Status(entry, language, defaultLanguage)))
            .ToArray();
    }

    private static TranslationStatus Status(Entry entry, string language, string defaultLanguage)
    {
        var path = $"{entry.Key.Folder}/{language}.md";
        if (!entry.IsWrittenIn(language)) return new(entry.Key, language, TranslationState.Missing, path);
        // An entry without Markdown is translated by the texts in its index.yaml, which sit beside the source and
        // cannot go stale unseen.
        if (!entry.Texts.TryGetValue(language, out var text)
            || !entry.Texts.TryGetValue(defaultLanguage, out var source))
            return new(entry.Key, language, TranslationState.Current, $"{entry.Key.Folder}/{ContentLoader.IndexFile}");
        var state = text.TranslatedFrom is null ? TranslationState.Unrecorded
            : text.TranslatedFrom == source.Fingerprint ? TranslationState.Current
            : TranslationState.Stale;
        return new(entry.Key, language, state, path);
    }
}
