using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Content;

/// <summary>A parsed YAML mapping and the site file it came from; node marks keep their file positions.</summary>
/// <param name="Path">The file, relative to the site folder.</param>
/// <param name="Root">The document's top-level mapping.</param>
/// <param name="LineOffset">Lines above the YAML in its file (front matter starts below a '---' line).</param>
internal sealed record YamlSource(string Path, YamlMappingNode Root, int LineOffset = 0)
{
    /// <summary>Where <paramref name="node"/> starts in the file.</summary>
    public SourceLocation Locate(YamlNode node) =>
        new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    /// <summary>
    /// Where the value of the top-level <paramref name="key"/> starts; the file, when it has no such key.
    /// </summary>
    public SourceLocation LocateValue(string key) =>
        Root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Locate(node) : SourceLocation.File(Path);
}
