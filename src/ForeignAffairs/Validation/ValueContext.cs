using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// What reading a value needs: its file, the site's languages, the entries that exist, and where to report problems.
/// </summary>
/// <param name="Source">The YAML file the value is in.</param>
/// <param name="Languages">The language codes the site declares.</param>
/// <param name="Entries">Every entry of the site, for checking references; empty while the site settings themselves are
/// read.</param>
/// <param name="Diagnostics">Where problems go.</param>
/// <param name="OnlyLanguage">Set when reading a translation's front matter: plain text then belongs to that language
/// only.</param>
/// <param name="IsDraft">Whether the value belongs to a draft, which may still lack required fields.</param>
/// <param name="Drafts">The drafts of the site, which published entries cannot refer to.</param>
/// <param name="Misnamed">
/// The entries whose folder name is not a valid slug, under that name and under the slug it suggests: a reference to
/// one is not reported again, since renaming the folder, as its own diagnostic says, is the one fix.
/// </param>
/// <param name="Resources">The files of the entry whose value it is, relative to its folder; null outside an
/// entry.</param>
internal sealed record ValueContext(
    YamlSource Source,
    IReadOnlyList<string> Languages,
    IReadOnlySet<EntryKey> Entries,
    DiagnosticBag Diagnostics,
    string? OnlyLanguage = null,
    bool IsDraft = false,
    IReadOnlySet<EntryKey>? Drafts = null,
    IReadOnlySet<EntryKey>? Misnamed = null,
    IReadOnlyList<string>? Resources = null)
{
    /// <summary>
    /// Reports that the required field <paramref name="field"/> is missing or empty at <paramref name="node"/>: an
    /// error, or for a draft a warning.
    /// </summary>
    public void Missing(YamlNode node, string field, string message, string? hint = null) =>
        Missing(Diagnostics, Source.Locate(node), IsDraft, field, message, hint);

    /// <summary>
    /// Reports that the required field <paramref name="field"/> is missing at <paramref name="location"/>: an error, or
    /// for a draft a warning.
    /// </summary>
    public static void Missing(DiagnosticBag diagnostics, SourceLocation location, bool isDraft, string field,
        string message, string? hint = null)
    {
        if (isDraft)
            diagnostics.Warning(DiagnosticCodes.DraftIncomplete, location,
                $"this draft has no '{field}' yet, which it needs before it can be published", hint);
        else diagnostics.Error(DiagnosticCodes.MissingField, location, message, hint);
    }

    /// <summary>Reports an error at <paramref name="node"/>.</summary>
    public void Error(string code, YamlNode node, string message, string? hint = null) =>
        Diagnostics.Error(code, Source.Locate(node), message, hint);

    /// <summary>Reports a warning at <paramref name="node"/>.</summary>
    public void Warning(string code, YamlNode node, string message, string? hint = null) =>
        Diagnostics.Warning(code, Source.Locate(node), message, hint);
}
