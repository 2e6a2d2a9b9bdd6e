using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// What an image shows, for readers who cannot see it: text in every language of the site, since a screen reader reads
/// the page's language and an image has no other words. One plain text is enough only for a site of one language.
/// </summary>
internal sealed class AltTextType : FieldType
{
    private readonly TextType _text = new();

    /// <inheritdoc />
    public override string Description =>
        "a map of language code to text, one for each language of the site, such as {en: ..., ja: ...}";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (_text.Read(node, context) is not LocalizedText text) return null;
        // One plain text is given once for every language.
        var once = node is YamlScalarNode;
        var missing = context.Languages.Where(language => !text.ByLanguage.ContainsKey(language)).ToArray();
        if (once ? context.Languages.Count == 1 : missing.Length == 0) return text;
        var example = string.Join(", ", context.Languages.Select(language => $"{language}: ..."));
        context.Error(DiagnosticCodes.MissingAltText, node,
            once
                ? "the image's alternative text is given once, but readers of every language need it in theirs"
                : $"the image has no alternative text in {string.Join(", ", missing)}, so screen-reader users of " +
                  "that language cannot know what it shows",
            $"describe the image in each language: {{{example}}}");
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages)
    {
        var map = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray(languages.Select(l => (JsonNode)l).ToArray()),
            ["propertyNames"] =
                new JsonObject { ["enum"] = new JsonArray(languages.Select(l => (JsonNode)l).ToArray()) },
            ["additionalProperties"] = new JsonObject { ["type"] = "string" },
        };
        return languages.Count == 1
            ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, map) } : map;
    }
}
