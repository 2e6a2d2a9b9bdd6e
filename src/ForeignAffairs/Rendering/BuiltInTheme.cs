using System.Collections.Frozen;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The default theme, built into the tool: the files of the repository's <c>themes/default/</c>, embedded in this
/// assembly under their paths in the theme (<c>layouts/home.html</c>). A site uses it when its settings say <c>theme:
/// default</c>; files in the site's own <c>themes/default/</c> take the place of the built-in files of the same path.
/// </summary>
internal static class BuiltInTheme
{
    /// <summary>
    /// The theme's name in <c>site.yaml</c>, and the folder under <c>themes/</c> whose files override it.
    /// </summary>
    public const string Name = "default";

    /// <summary>
    /// What messages write in place of a folder for the built-in files: <c>(built-in theme)/layouts/home.html</c>.
    /// </summary>
    public const string Origin = "(built-in theme)";

    private const string Prefix = "Theme/";

    // Read once: the theme is small, and the preview loads it again on every rebuild.
    private static readonly Lazy<FrozenDictionary<string, ReadOnlyMemory<byte>>> Contents = new(ReadAll);
    private static readonly Lazy<string[]> Paths =
        new(() => Contents.Value.Keys.Order(StringComparer.Ordinal).ToArray());

    /// <summary>The paths of the theme's files, in ordinal order.</summary>
    public static IReadOnlyList<string> Files => Paths.Value;

    /// <summary>Whether the theme has the file <paramref name="path"/>.</summary>
    public static bool Has(string path) => Contents.Value.ContainsKey(path);

    /// <summary>The bytes of the file <paramref name="path"/>, which must be one of <see cref="Files"/>.</summary>
    public static ReadOnlyMemory<byte> Read(string path) => Contents.Value[path];

    private static FrozenDictionary<string, ReadOnlyMemory<byte>> ReadAll()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        // Resource names keep the separators of the machine the tool was built on.
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            files[name[Prefix.Length..].Replace('\\', '/')] = bytes.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
