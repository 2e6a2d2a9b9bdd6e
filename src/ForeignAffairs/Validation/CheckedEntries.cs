using System.Runtime.CompilerServices;
using System.Text;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Validation;

/// <summary>
/// What the last validation found in each entry, for the preview: an entry is checked against the site settings and the
/// set of entries (references and links must lead to one), so its result holds while the entry was read from the same
/// files (the same <see cref="EntrySource"/>, which <see cref="LoadedFolders"/> gives back) and neither the settings nor
/// the set of entries, drafts and misnamed folders changed.
/// </summary>
public sealed class CheckedEntries
{
    private ConditionalWeakTable<EntrySource, Checked> _entries = [];
    private string? _context;

    /// <summary>An entry's result: the entry, or null when it has errors or is a draft, and what was reported about it.</summary>
    internal sealed record Checked(Entry? Entry, DiagnosticBag Diagnostics);

    /// <summary>Starts a validation; results of another context are forgotten.</summary>
    internal void Start(string settings, IReadOnlySet<EntryKey> keys, IReadOnlySet<EntryKey> drafts, IReadOnlySet<EntryKey> misnamed)
    {
        var context = new StringBuilder(settings);
        foreach (var key in keys.Order()) context.Append('\n').Append(key).Append(drafts.Contains(key) ? " draft" : "");
        foreach (var key in misnamed.Order()) context.Append('\n').Append(key).Append(" misnamed");
        var text = context.ToString();
        if (text != _context) _entries = [];
        _context = text;
    }

    internal Checked? Find(EntrySource entry) => _entries.TryGetValue(entry, out var result) ? result : null;

    internal void Keep(EntrySource entry, Checked result) => _entries.AddOrUpdate(entry, result);
}
