using System.Globalization;
using ForeignAffairs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Content;

/// <summary>
/// Parses YAML text into a mapping, turning every problem into a diagnostic at the best position the parser gives.
/// </summary>
internal static class YamlReader
{
    /// <summary>
    /// How deeply content YAML may nest: far more than any schema needs, far less than could exhaust the stack.
    /// </summary>
    public const int MaxDepth = 32;

    private const string QuotingHint = "check the indentation, and put text that contains ':' or '#' in quotes";

    /// <summary>
    /// Parses <paramref name="text"/>, a YAML document from <paramref name="path"/> with <paramref name="lineOffset"/>
    /// lines above it. Returns null (after reporting why) when it is not a well-formed mapping; an empty document is an
    /// empty mapping.
    /// </summary>
    public static YamlSource? ReadMapping(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        if (!ControlCharacters.Check(text, path, 1 + lineOffset, diagnostics)) return null;
        if (Scan(text, path, lineOffset, diagnostics) is not var (events, documentStarts)) return null;

        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlEvents(events));
        }
        catch (YamlException ex)
        {
            // Only a key that is itself a list or mapping, written twice, is left for the node builder to refuse.
            diagnostics.Error(DiagnosticCodes.DuplicateKey,
                new SourceLocation(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column),
                "this key is written twice", "keep one of them");
            return null;
        }
        ReportSecondDocument(stream, documentStarts, path, lineOffset, diagnostics);
        if (stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode))
            return new YamlSource(path, new YamlMappingNode(), lineOffset);

        var root = stream.Documents[0].RootNode;
        var source = new YamlSource(path, root as YamlMappingNode ?? new YamlMappingNode(), lineOffset);
        if (root is not YamlMappingNode)
        {
            diagnostics.Error(DiagnosticCodes.YamlNotMapping, source.Locate(root),
                "this file must hold 'field: value' lines, but it holds a single value or a list");
            return null;
        }
        return CheckEscapes(root, text, source, diagnostics) ? source : null;
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" };

    // A '---' line ends the fields: whatever follows is a second document that nothing reads, so it is refused rather
    // than dropped. A '---' with nothing after it is harmless.
    private static void ReportSecondDocument(YamlStream stream, IReadOnlyList<Mark> documentStarts, string path,
        int lineOffset, DiagnosticBag diagnostics)
    {
        var second = Enumerable.Range(1, Math.Max(0, stream.Documents.Count - 1))
            .FirstOrDefault(i => !IsEmpty(stream.Documents[i].RootNode));
        if (second == 0) return;
        var start = documentStarts[Math.Min(second, documentStarts.Count - 1)];
        var location = new SourceLocation(path, (int)start.Line + lineOffset, (int)start.Column);
        diagnostics.Error(DiagnosticCodes.SecondDocument, location,
            "a second YAML document starts here, and nothing would read it: a file holds one set of fields",
            "remove the '---' line so that these fields join the others, or remove what follows it");
    }

    // A double-quoted value can write a control character as an escape ("\0", "\e", "\x1b"), which the check of the
    // text cannot see: each value holding one is reported where its first such escape is written.
    private static bool CheckEscapes(YamlNode root, string text, YamlSource source, DiagnosticBag diagnostics)
    {
        TextPositions? positions = null;
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>()
            .Where(s => ControlCharacters.ContainsRefused(s.Value)))
        {
            var (index, character) = RefusedEscape(text, (int)scalar.Start.Index, (int)scalar.End.Index)
                ?? ((int)scalar.Start.Index, scalar.Value!.First(ControlCharacters.IsRefused));
            positions ??= new TextPositions(text, source.Path, 1 + source.LineOffset);
            ControlCharacters.Report(character, positions.Locate(index), diagnostics);
        }
        return positions is null;
    }

    // The first escape from start to end that stands for a refused character, and that character.
    private static (int Index, char Character)? RefusedEscape(string text, int start, int end)
    {
        for (var i = start; i < Math.Min(end, text.Length) - 1; i++)
        {
            if (text[i] != '\\') continue;
            if (Unescaped(text, i + 1) is { } character && ControlCharacters.IsRefused(character))
                return (i, character);
            i++; // the escaped character does not start another escape: "\\0" is a backslash and a zero
        }
        return null;
    }

    private static char? Unescaped(string text, int i) => text[i] switch
    {
        '0' => '\0', 'a' => '\a', 'b' => '\b', 'v' => '\v', 'f' => '\f', 'e' => '\u001B', 'N' => '\u0085',
        'x' => Hex(text, i + 1, 2), 'u' => Hex(text, i + 1, 4), 'U' => Hex(text, i + 1, 8),
        _ => null,
    };

    private static char? Hex(string text, int start, int digits) =>
        start + digits <= text.Length
        && uint.TryParse(text.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture,
            out var code)
        && code <= char.MaxValue
            ? (char)code
            : null;

    // Reads the event stream without building nodes, so that a syntax error, an alias (which could expand without
    // bound: "billion laughs") or very deep nesting (which could exhaust the stack of the recursive node builder) is
    // caught first. Returns the events, to build the nodes from, and where each document starts; null when the text
    // cannot be read.
    private static (List<ParsingEvent> Events, List<Mark> DocumentStarts)? Scan(string text, string path,
        int lineOffset, DiagnosticBag diagnostics)
    {
        var events = new List<ParsingEvent>();
        var documentStarts = new List<Mark>();
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + lineOffset, (int)mark.Column);
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var last = Mark.Empty;
        var keys = new RepeatedKeys();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                events.Add(current);
                last = current.Start;
                if (current is DocumentStart) documentStarts.Add(current.Start);
                if (Refusal(current, keys, ref depth) is { } refusal)
                {
                    diagnostics.Error(refusal.Code, At(refusal.At), refusal.Message, refusal.Hint);
                    return null;
                }
            }
            return (events, documentStarts);
        }
        catch (YamlException ex)
        {
            Report(ex, text, path, lineOffset, diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unclosed lists and mappings; the last event read is where it began.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, At(last),
                "this is not valid YAML: a list or mapping that starts here is never closed",
                "close each '[' with ']' and each '{' with '}'");
            return null;
        }
    }

    // What makes an event unreadable as content, or null: a key written twice, an alias or an anchor (which could
    // expand without bound), or nesting deeper than MaxDepth. Keeps the depth of nesting.
    private static (string Code, Mark At, string Message, string Hint)? Refusal(ParsingEvent current, RepeatedKeys keys,
        ref int depth)
    {
        if (keys.Repeats(current) is { } key)
            return (DiagnosticCodes.DuplicateKey, key.Start, $"the field '{key.Value}' is written twice here",
                "keep one of them");
        switch (current)
        {
            case AnchorAlias:
                return (DiagnosticCodes.YamlAlias, current.Start,
                    "YAML aliases (*name) are not allowed in content files",
                    "write the value out in full where it is needed");
            case NodeEvent { Anchor.IsEmpty: false }:
                return (DiagnosticCodes.YamlAlias, current.Start,
                    "YAML anchors (&name) are not allowed in content files",
                    "remove the anchor and write values out in full");
            case MappingStart or SequenceStart when ++depth > MaxDepth:
                return (DiagnosticCodes.TooDeep, current.Start, $"the YAML is nested more than {MaxDepth} levels deep",
                    "content fields are at most a few levels deep; check the indentation");
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }
        return null;
    }

    private static void Report(YamlException ex, string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        if (TabIndentation.Explains(text, ex.Start) && TabIndentation.First(text) is { } tab)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new TextPositions(text, path, 1 + lineOffset).Locate(tab),
                "this line is indented with a tab, and YAML allows only spaces there", "indent with spaces, not tabs");
            return;
        }
        // The parser's own words say what it expected; the position is the parser's too.
        var message = ex.Message.TrimEnd('.');
        diagnostics.Error(DiagnosticCodes.YamlSyntax,
            new SourceLocation(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column),
            $"this is not valid YAML: {char.ToLowerInvariant(message[0])}{message[1..]}", QuotingHint);
    }
}
