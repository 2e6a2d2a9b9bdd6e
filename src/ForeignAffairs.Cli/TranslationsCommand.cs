using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;

namespace ForeignAffairs.Cli;

/// <summary>
/// The <c>translations</c> command: reports what is translated, stale or missing, or marks translations as up to date.
/// </summary>
internal static class TranslationsCommand
{
    /// <summary>Runs the command on the site in <paramref name="source"/>.</summary>
    public static int Run(string source, Invocation invocation, string format, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.LoadSite(source, diagnostics);
        if (site is null || diagnostics.HasErrors)
        {
            DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
            stderr.WriteLine("Fix these errors first: the translation status is only known for a valid site.");
            return CliApplication.ContentErrors;
        }

        return invocation.Options.TryGetValue("mark", out var language)
            ? Mark(site, language, invocation.Arguments, stdout, stderr)
            : Report(site, invocation.Has("strict"), format, stdout);
    }

    private static int Mark(Site site, string language, IReadOnlyList<string> entries, TextWriter stdout,
        TextWriter stderr)
    {
        if (entries.Count == 0)
        {
            stderr.WriteLine(
                "foreign-affairs: name the entries to mark, e.g. translations --mark ja provinces/bac-ninh");
            return CliApplication.UsageError;
        }
        // Every name is checked before any file is marked: a refused name marks nothing.
        var keys = new List<EntryKey>();
        foreach (var name in entries)
        {
            var parts = name.Trim('/').Split('/');
            if (parts.Length != 2 || Collection.Find(parts[0]) is not { } collection)
            {
                stderr.WriteLine(
                    $"foreign-affairs: '{name}' is not an entry; write collection/slug, e.g. provinces/bac-ninh");
                return CliApplication.UsageError;
            }
            var entry = new EntryKey(collection, parts[1]);
            if (TranslationMark.Refusal(site, language, entry) is { } refusal)
            {
                stderr.WriteLine($"foreign-affairs: {refusal}");
                return CliApplication.UsageError;
            }
            keys.Add(entry);
        }
        var diagnostics = new DiagnosticBag();
        foreach (var entry in keys)
        {
            if (TranslationMark.Mark(site, language, entry, diagnostics) is { } path)
                stdout.WriteLine(
                    $"Marked {path} as translated from the current {site.Config.DefaultLanguage.Name} text.");
        }
        DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
        return diagnostics.HasErrors ? CliApplication.ContentErrors : CliApplication.Success;
    }

    private static int Report(Site site, bool strict, string format, TextWriter stdout)
    {
        var statuses = TranslationReport.For(site);
        var incomplete = statuses.Any(s => s.State is TranslationState.Missing or TranslationState.Stale);
        if (format == "json")
        {
            stdout.WriteLine(JsonText.Array(json =>
            {
                foreach (var s in statuses)
                {
                    json.WriteStartObject();
                    json.WriteString("entry", s.Entry.ToString());
                    json.WriteString("language", s.Language);
                    json.WriteString("state", s.State.ToString().ToLowerInvariant());
                    json.WriteString("path", s.Path);
                    json.WriteEndObject();
                }
            }));
        }
        else
        {
            var source = site.Config.DefaultLanguage;
            stdout.WriteLine($"Translations of {site.Entries.Count} entries from {source.Name} ({source.Code}):");
            foreach (var language in site.Config.Languages.Where(l => l != source))
            {
                var mine = statuses.Where(s => s.Language == language.Code).ToArray();
                int Count(TranslationState state) => mine.Count(s => s.State == state);
                stdout.WriteLine($"{language.Code} {language.Name}: {Count(TranslationState.Current)} up to date, " +
                                 $"{Count(TranslationState.Unrecorded)} without a record of their source, " +
                                 $"{Count(TranslationState.Stale)} stale, {Count(TranslationState.Missing)} missing");
                foreach (var status in mine.Where(s => s.State is TranslationState.Stale or TranslationState.Missing))
                {
                    var why = status.State == TranslationState.Stale
                        ? $"the {source.Name} text changed after it was translated; " +
                          $"update it, then run translations --mark {status.Language} {status.Entry}"
                        : $"readers see the {source.Name} text";
                    stdout.WriteLine($"  {status.State.ToString().ToLowerInvariant(),-8} {status.Path}: {why}");
                }
            }
        }
        return strict && incomplete ? CliApplication.ContentErrors : CliApplication.Success;
    }
}
