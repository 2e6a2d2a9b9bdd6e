using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The theme a live site loaded last, with what loading it reported, used again while neither the theme's files nor the
/// settings it was loaded for (the theme's name and the languages) have changed: a rebuild after an edit to the content
/// then parses no template and no string file.
/// </summary>
internal sealed class LoadedTheme
{
    private sealed record Loaded(string Signature, Theme Theme, DiagnosticBag Reported);

    private Loaded? _last;

    /// <summary>The theme of the site in <paramref name="root"/>, as <see cref="ThemeLoader.Load"/> gives it.</summary>
    public Theme? Load(string root, SiteConfig config, DiagnosticBag diagnostics)
    {
        var signature = Signature(root, config);
        if (_last is { } last && last.Signature == signature)
        {
            diagnostics.AddRange(last.Reported);
            return last.Theme;
        }
        var reported = new DiagnosticBag();
        var theme = ThemeLoader.Load(root, config, reported);
        diagnostics.AddRange(reported);
        _last = theme is null || reported.HasErrors ? null : new Loaded(signature, theme, reported);
        return theme;
    }

    // The settings the theme is loaded for, then its folder's files; the built-in theme's files are part of the tool.
    private static string Signature(string root, SiteConfig config)
    {
        var folder = new DirectoryInfo(Path.Combine(root, "themes", config.Theme));
        return $"{config.Theme}|{config.DefaultLanguage.Code}|{string.Join(',', config.LanguageCodes)}\n" +
            (folder.Exists ? LoadedFolders.Signature(folder) : "");
    }
}
