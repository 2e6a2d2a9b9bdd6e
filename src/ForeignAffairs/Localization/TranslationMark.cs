using System.Text;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Localization;

/// <summary>
/// Records in a translation's front matter which default-language text it was made from (<c>translated_from</c>), for
/// the editor who has just brought it up to date. Only that one line is written; everything else in the file is kept as
/// it was.
/// </summary>
internal static class TranslationMark
{
    /// <summary>
    /// Why the <paramref name="language"/> translation of <paramref name="entry"/> cannot be marked in
    /// <paramref name="site"/>, or null when it can: what an editor names on the command line, told as a refusal of the
    /// command, not as a problem of the site.
    /// </summary>
    public static string? Refusal(Site site, string language, EntryKey entry)
    {
        var defaultLanguage = site.Config.DefaultLanguage.Code;
        if (site.Find(entry) is not { } found)
        {
            var near = Suggestion.Closest(entry.Slug, site.In(entry.Collection).Select(e => e.Key.Slug));
            return "there is no entry " +
                $"{entry}{(near is null ? "" : $" (did you mean '{entry.Collection.Name}/{near}'?)")}";
        }
        if (language == defaultLanguage || !site.Config.LanguageCodes.Contains(language, StringComparer.Ordinal))
        {
            var languages = string.Join(", ", site.Config.LanguageCodes.Where(l => l != defaultLanguage));
            return $"'{language}' is not a translation language of this site (use one of {languages})";
        }
        return found.Texts.ContainsKey(defaultLanguage) && found.Texts.ContainsKey(language)
            ? null
            : $"there is no translation to mark in {entry.Folder}: " +
              $"both the {defaultLanguage}.md text and the {language}.md " +
              "translation must exist";
    }

    /// <summary>
    /// Marks the <paramref name="language"/> translation of <paramref name="entry"/> in <paramref name="site"/>, which
    /// <see cref="Refusal"/> accepts, as made from the current default-language text. Returns the file changed, or null
    /// (after reporting why) when it cannot be read.
    /// </summary>
    public static string? Mark(Site site, string language, EntryKey entry, DiagnosticBag diagnostics)
    {
        if (Refusal(site, language, entry) is { } refusal) throw new ArgumentException(refusal, nameof(entry));
        var source = site.Find(entry)!.Texts[site.Config.DefaultLanguage.Code];
        var path = $"{entry.Folder}/{language}.md";
        var fullPath = Path.Combine(site.Root, path);
        if (SiteFile.ReadText(fullPath, path, diagnostics) is not { } text) return null;
        File.WriteAllText(fullPath, WithField(text, $"{SourceFingerprint.Field}: {source.Fingerprint}"),
            new UTF8Encoding(false));
        return path;
    }

    // Replaces the field's line in the front matter, or adds it as the first field, creating the front matter if there
    // is none.
    private static string WithField(string text, string line)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        var close = lines.Count > 0 && lines[0].TrimEnd() == "---"
            ? lines.FindIndex(1, l => l.TrimEnd() is "---" or "...") : -1;
        if (close < 0) return string.Join(newline, ["---", line, "---", .. lines]);

        var existing = lines.FindIndex(1, close - 1,
            l => l.StartsWith(SourceFingerprint.Field + ":", StringComparison.Ordinal));
        if (existing >= 0) lines[existing] = line;
        else lines.Insert(1, line);
        return string.Join(newline, lines);
    }
}
