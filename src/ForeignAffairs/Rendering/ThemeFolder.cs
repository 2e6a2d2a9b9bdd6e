using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A theme folder of the site, <c>themes/&lt;name&gt;/</c>, read as the site's other files are: links, special files
/// and names that cannot be published are reported. A folder that does not exist has no files.
/// </summary>
/// <param name="fullPath">The folder's full path.</param>
/// <param name="relative">The folder's path relative to the site.</param>
internal sealed class ThemeFolder(string fullPath, string relative) : ThemeLayer
{
    public override string Origin => relative;

    public override IReadOnlyList<string> Files(string folder, DiagnosticBag diagnostics) =>
        SiteFile.Files(FullPath(folder), PathOf(folder), diagnostics).Select(f => $"{folder}/{f}").ToArray();

    // A link or a special file is there too: reading it reports it, rather than the built-in file standing in for it.
    public override bool Has(string path) => FileStatus.Kind(FullPath(path)) != FileKind.Missing;

    public override string? ReadText(string path, DiagnosticBag diagnostics) =>
        SiteFile.ReadText(FullPath(path), PathOf(path), diagnostics);

    public override CopiedFile Publish(string path, string outputPath) => new(outputPath, FullPath(path));

    private string FullPath(string path) => Path.Combine(fullPath, path);
}
