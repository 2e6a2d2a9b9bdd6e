using ForeignAffairs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Content;

/// <summary>Parses YAML text into a mapping, turning every problem into a diagnostic at the best position the parser gives.</summary>
public static class YamlReader
{
    /// <summary>How deeply content YAML may nest: far more than any schema needs, far less than could exhaust the stack.</summary>
    public const int MaxDepth = 32;

    private const string QuotingHint = "check the indentation, and put text that contains ':' or '#' in quotes";

    /// <summary>
    /// Parses <paramref name="text"/>, a YAML document from <paramref name="path"/> with <paramref name="lineOffset"/> lines above it.
    /// Returns null (after reporting why) when it is not a well-formed mapping; an empty document is an empty mapping.
    /// </summary>
    public static YamlSource? ReadMapping(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        if (!Scan(text, path, lineOffset, diagnostics)) return null;

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            // The node builder finds what the event stream cannot: a key written twice.
            Report(ex, text, path, lineOffset, diagnostics);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlSource(path, new YamlMappingNode(), lineOffset);

        var root = stream.Documents[0].RootNode;
        var source = new YamlSource(path, root as YamlMappingNode ?? new YamlMappingNode(), lineOffset);
        if (root is YamlMappingNode) return source;
        diagnostics.Error(DiagnosticCodes.YamlNotMapping, source.Locate(root),
            "this file must hold 'field: value' lines, but it holds a single value or a list");
        return null;
    }

    // Reads the event stream without building nodes, so that a syntax error, an alias (which could expand without bound:
    // "billion laughs") or very deep nesting (which could exhaust the stack of the recursive node builder) is caught first.
    private static bool Scan(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + lineOffset, (int)mark.Column);
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.Start;
                switch (current)
                {
                    case AnchorAlias:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, At(current.Start), "YAML aliases (*name) are not allowed in content files",
                            "write the value out in full where it is needed");
                        return false;
                    case NodeEvent { Anchor.IsEmpty: false }:
                        diagnostics.Error(DiagnosticCodes.YamlAlias, At(current.Start), "YAML anchors (&name) are not allowed in content files",
                            "remove the anchor and write values out in full");
                        return false;
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        diagnostics.Error(DiagnosticCodes.TooDeep, At(current.Start), $"the YAML is nested more than {MaxDepth} levels deep",
                            "content fields are at most a few levels deep; check the indentation");
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
            return true;
        }
        catch (YamlException ex)
        {
            Report(ex, text, path, lineOffset, diagnostics);
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unclosed lists and mappings; the last event read is where it began.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, At(last), "this is not valid YAML: a list or mapping that starts here is never closed",
                "close each '[' with ']' and each '{' with '}'");
            return false;
        }
    }

    private static void Report(YamlException ex, string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var message = ex.Message.TrimEnd('.');
        var location = new SourceLocation(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateKey, location, $"the field '{message["Duplicate key".Length..].Trim()}' is written twice here",
                "keep one of them");
            return;
        }
        var isTab = message.Contains("tab", StringComparison.Ordinal);
        // The parser reports a tab at the start of the mapping it breaks; the tab itself is easier to find.
        if (isTab && FirstTabIndent(text) is { } tab) location = new SourceLocation(path, tab.Line + lineOffset, tab.Column);
        diagnostics.Error(DiagnosticCodes.YamlSyntax, location, $"this is not valid YAML: {char.ToLowerInvariant(message[0])}{message[1..]}",
            isTab ? "indent with spaces, not tabs" : QuotingHint);
    }

    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }
}
