using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// One place a theme's files are read from: the site's own <c>themes/&lt;name&gt;/</c> folder, or the theme built into
/// the tool. A theme is read from one or more layers, the site's first: a file of an earlier layer takes the place of
/// the file of the same path in a later one, as Hugo's project layouts override a theme's. Paths are relative to the
/// theme, with '/'.
/// </summary>
internal abstract class ThemeLayer
{
    /// <summary>
    /// What messages write in place of the layer's folder: <c>themes/default</c> or <c>(built-in theme)</c>.
    /// </summary>
    public abstract string Origin { get; }

    /// <summary>How messages name the layer's file <paramref name="path"/>.</summary>
    public string PathOf(string path) => $"{Origin}/{path}";

    /// <summary>
    /// The files under the theme's folder <paramref name="folder"/> (<c>layouts</c>), as paths in the theme.
    /// </summary>
    public abstract IReadOnlyList<string> Files(string folder, DiagnosticBag diagnostics);

    /// <summary>Whether the layer has something at <paramref name="path"/>, usable or not.</summary>
    public abstract bool Has(string path);

    /// <summary>The text of the file <paramref name="path"/>; null (reported) when it cannot be read.</summary>
    public abstract string? ReadText(string path, DiagnosticBag diagnostics);

    /// <summary>The file <paramref name="path"/>, to publish as <paramref name="outputPath"/>.</summary>
    public abstract CopiedFile Publish(string path, string outputPath);
}
