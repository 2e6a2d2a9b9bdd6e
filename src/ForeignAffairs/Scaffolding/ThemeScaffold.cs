using ForeignAffairs.Rendering;

namespace ForeignAffairs.Scaffolding;

/// <summary>
/// The files <c>theme eject</c> copies from the built-in theme into the site's <c>themes/default/</c>, where each copy
/// takes the place of the built-in file, to be customised.
/// </summary>
internal static class ThemeScaffold
{
    /// <summary>The site's folder whose files override the built-in theme's.</summary>
    public const string Folder = $"themes/{BuiltInTheme.Name}";

    /// <summary>
    /// The built-in theme's files at <paramref name="path"/>, a file (<c>layouts/partials/footer.html</c>) or a folder
    /// (<c>layouts/partials</c>) of the theme, or all of them when it is null; none when the theme has nothing there.
    /// </summary>
    public static IReadOnlyList<ScaffoldFile> Files(string? path)
    {
        var wanted = path?.TrimEnd('/');
        return BuiltInTheme.Files
            .Where(f => wanted is null || f == wanted || f.StartsWith(wanted + "/", StringComparison.Ordinal))
            .Select(f => new ScaffoldFile($"{Folder}/{f}", BuiltInTheme.Read(f)))
            .ToArray();
    }
}
