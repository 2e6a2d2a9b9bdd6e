using System.Text;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The theme built into the tool (<see cref="BuiltInTheme"/>), as the last layer of the <c>default</c> theme.
/// </summary>
internal sealed class BuiltInLayer : ThemeLayer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private BuiltInLayer()
    {
    }

    /// <summary>The one built-in layer.</summary>
    public static BuiltInLayer Instance { get; } = new();

    public override string Origin => BuiltInTheme.Origin;

    public override IReadOnlyList<string> Files(string folder, DiagnosticBag diagnostics) =>
        BuiltInTheme.Files.Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal)).ToArray();

    public override bool Has(string path) => BuiltInTheme.Has(path);

    // The files are the repository's own, checked by its tests: UTF-8 without a byte-order mark.
    public override string ReadText(string path, DiagnosticBag diagnostics) =>
        Utf8.GetString(BuiltInTheme.Read(path).Span);

    public override CopiedFile Publish(string path, string outputPath) =>
        new(outputPath, PathOf(path)) { Content = BuiltInTheme.Read(path) };
}
