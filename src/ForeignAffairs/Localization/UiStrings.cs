using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Localization;

/// <summary>
/// The theme's interface strings (menu labels, headings, notices) per language, from
/// <c>themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yaml</c>. A key missing in a language falls back to the default language,
/// with a warning.
/// </summary>
/// <param name="DefaultLanguage">The language to fall back to.</param>
/// <param name="Strings">The strings by language, then key.</param>
/// <param name="Files">The file each language's strings come from, relative to the site.</param>
internal sealed record UiStrings(
    string DefaultLanguage,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings,
    IReadOnlyDictionary<string, string> Files)
{
    /// <summary>
    /// The string <paramref name="key"/> in <paramref name="language"/>, else in the default language, else the key
    /// itself.
    /// </summary>
    public string Get(string language, string key, DiagnosticBag diagnostics)
    {
        if (Strings.TryGetValue(language, out var own) && own.TryGetValue(key, out var text)) return text;
        var file = Files.GetValueOrDefault(language, $"i18n/{language}.yaml");
        if (language != DefaultLanguage && Strings.TryGetValue(DefaultLanguage, out var fallback)
            && fallback.TryGetValue(key, out var borrowed))
        {
            diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.File(file),
                $"the theme uses the text '{key}', which is missing in this language; " +
                $"the {DefaultLanguage} text is shown",
                $"add '{key}: ...' to {file}");
            return borrowed;
        }
        diagnostics.Warning(DiagnosticCodes.MissingUiString, SourceLocation.File(file),
            $"the theme uses the text '{key}', which no language defines; the key itself is shown",
            $"add '{key}: ...' to {file}");
        return key;
    }

    /// <summary>
    /// The form of <paramref name="key"/> for <paramref name="count"/> in <paramref name="language"/>: <c>key.one</c>,
    /// <c>key.few</c>... by the language's plural rules, else <c>key.other</c>, with <c>{0}</c> replaced by
    /// <paramref name="formatted"/>.
    /// </summary>
    public string GetPlural(string language, string key, long count, string formatted, DiagnosticBag diagnostics)
    {
        var category = PluralRules.Category(language, count);
        var own = $"{key}.{category}";
        var form = Has(language, own)
            || (!Has(language, $"{key}.other") && language != DefaultLanguage && Has(DefaultLanguage, own))
            ? own : $"{key}.other";
        return Get(language, form, diagnostics).Replace("{0}", formatted, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="language"/> defines <paramref name="key"/>.</summary>
    public bool Has(string language, string key) => Strings.TryGetValue(language, out var own) && own.ContainsKey(key);
}
