using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// Human text: one string for every language, or a map of language code to text. Read as <see cref="LocalizedText"/>.
/// </summary>
internal sealed class TextType : FieldType
{
    /// <inheritdoc />
    public override string Description => "text, or a map of language code to text such as {en: ..., ja: ...}";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value ?? "";
            return context.OnlyLanguage is { } language
                ? new LocalizedText(null, new Dictionary<string, string>(StringComparer.Ordinal) { [language] = text })
                : LocalizedText.Of(text);
        }
        if (node is not YamlMappingNode mapping)
        {
            context.Error(DiagnosticCodes.WrongType, node, $"expected {Description}, but found {Kind(node)}");
            return null;
        }

        var byLanguage = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var errorsBefore = context.Diagnostics.ErrorCount;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var code = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!context.Languages.Contains(code, StringComparer.Ordinal))
            {
                context.Error(DiagnosticCodes.UnknownLanguage, keyNode,
                    $"'{code}' is not a language of this site (site.yaml declares " +
                    $"{string.Join(", ", context.Languages)})",
                    Suggestion.Closest(code, context.Languages) is { } near ? $"did you mean '{near}'?"
                        : "add the language to site.yaml, or remove this text");
                continue;
            }
            if (valueNode is not YamlScalarNode { Value: { } text })
            {
                context.Error(DiagnosticCodes.WrongType, valueNode,
                    $"the '{code}' text must be plain text, but found {Kind(valueNode)}");
                continue;
            }
            // A language left empty ('ja:' with nothing after it) is a translation not yet written, not an empty text.
            if (text.Trim().Length > 0) byLanguage[code] = text;
        }
        if (byLanguage.Count == 0 && context.Diagnostics.ErrorCount == errorsBefore)
        {
            context.Error(DiagnosticCodes.WrongType, node, "the map of languages gives no text",
                "write the text, e.g. {en: ..., ja: ...}, or remove the field");
            return null;
        }
        return byLanguage.Count > 0 ? new LocalizedText(null, byLanguage) : null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string" },
            new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] =
                    new JsonObject { ["enum"] = new JsonArray(languages.Select(l => (JsonNode)l).ToArray()) },
                ["additionalProperties"] = new JsonObject { ["type"] = "string" },
            }),
    };
}
