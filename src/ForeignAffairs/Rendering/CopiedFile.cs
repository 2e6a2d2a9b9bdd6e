namespace ForeignAffairs.Rendering;

/// <summary>A file published as it is: a theme asset or an entry's resource.</summary>
/// <param name="Path">Where it goes, relative to the output folder.</param>
/// <param name="SourcePath">The full path of the file to copy.</param>
public sealed record CopiedFile(string Path, string SourcePath);
