namespace ForeignAffairs.Verification;

/// <summary>Where a link into the site leads.</summary>
/// <param name="Path">The output file, relative to the output folder: <c>en/projects/index.html</c> for
/// <c>/en/projects/</c>.</param>
/// <param name="Fragment">The id after '#', unescaped, or null when the link has none.</param>
internal sealed record LinkTarget(string Path, string? Fragment);
