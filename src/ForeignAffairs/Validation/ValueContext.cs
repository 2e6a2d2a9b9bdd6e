using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>What reading a value needs: its file, the site's languages, the entries that exist, and where to report problems.</summary>
/// <param name="Source">The YAML file the value is in.</param>
/// <param name="Languages">The language codes the site declares.</param>
/// <param name="Entries">Every entry of the site, for checking references; empty while the site settings themselves are read.</param>
/// <param name="Diagnostics">Where problems go.</param>
/// <param name="OnlyLanguage">Set when reading a translation's front matter: plain text then belongs to that language only.</param>
public sealed record ValueContext(
    YamlSource Source,
    IReadOnlyList<string> Languages,
    IReadOnlySet<EntryKey> Entries,
    DiagnosticBag Diagnostics,
    string? OnlyLanguage = null)
{
    /// <summary>Reports an error at <paramref name="node"/>.</summary>
    public void Error(string code, YamlNode node, string message, string? hint = null) =>
        Diagnostics.Error(code, Source.Locate(node), message, hint);
}
