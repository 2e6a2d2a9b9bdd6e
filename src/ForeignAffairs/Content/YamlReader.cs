using ForeignAffairs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Content;

/// <summary>Parses YAML text into a mapping, turning syntax errors into diagnostics at the parser's position.</summary>
public static class YamlReader
{
    /// <summary>
    /// Parses <paramref name="text"/>, a YAML document from <paramref name="path"/> with <paramref name="lineOffset"/> lines above it.
    /// Returns null (after reporting why) when it is not a well-formed mapping; an empty document is an empty mapping.
    /// </summary>
    public static YamlSource? ReadMapping(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, location, Describe(ex),
                "check the indentation, and put text that contains ':' or '#' in quotes");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlSource(path, new YamlMappingNode(), lineOffset);

        var source = new YamlSource(path, stream.Documents[0].RootNode as YamlMappingNode ?? new YamlMappingNode(), lineOffset);
        if (stream.Documents[0].RootNode is not YamlMappingNode)
        {
            diagnostics.Error(DiagnosticCodes.YamlNotMapping, source.Locate(stream.Documents[0].RootNode),
                "this file must hold 'field: value' lines, but it holds a single value or a list");
            return null;
        }
        return source;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its messages with "(Line: x, Col: y, Idx: z) - (Line: ...): "; the position is reported on its own.
        var message = ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0) message = message[(cut + 3)..];
        if (message.Contains("same key", StringComparison.OrdinalIgnoreCase) || message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return "the same field is written twice in this mapping; keep one";
        return $"this is not valid YAML: {char.ToLowerInvariant(message[0])}{message[1..].TrimEnd('.')}";
    }
}
