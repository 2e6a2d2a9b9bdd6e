namespace ForeignAffairs.Rendering;

/// <summary>A file published as it is: a theme asset or an entry's resource.</summary>
/// <param name="Path">Where it goes, relative to the output folder.</param>
/// <param name="SourcePath">
/// The full path of the file to copy; for a file of the built-in theme, which is not on disk, the path messages name it
/// by, such as <c>(built-in theme)/assets/site.css</c>.
/// </param>
internal sealed record CopiedFile(string Path, string SourcePath)
{
    /// <summary>The bytes of a file of the built-in theme; null for a file copied from the site.</summary>
    public ReadOnlyMemory<byte>? Content { get; init; }
}
