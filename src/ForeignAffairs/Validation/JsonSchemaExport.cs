using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;

namespace ForeignAffairs.Validation;

/// <summary>
/// Exports the collection schemas as JSON Schema files, so that editors' YAML tooling (for instance the YAML extension
/// of VS Code) completes field names and flags mistakes while typing. The schemas the build validates with are the
/// source.
/// </summary>
internal static class JsonSchemaExport
{
    private static readonly JsonSerializerOptions Indented =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string SiteSchema = "site.schema.json";

    /// <summary>
    /// The schema files by file name: one per collection's <c>index.yaml</c>, and one for <c>site.yaml</c>.
    /// </summary>
    public static IReadOnlyList<(string FileName, string Json)> Files(SiteConfig config)
    {
        var files = ContentSchemas.All.Select(s => (
            FileNameOf(s.Collection),
            Document($"An entry of {s.Collection.Name}/ (index.yaml)",
                Object(s.Fields, config.LanguageCodes, requireText: false)))).ToList();
        files.Add((SiteSchema, Document("The site settings (content/site.yaml)",
            Object(SiteConfigReader.Fields, config.LanguageCodes, requireText: true))));
        return files;
    }

    /// <summary>
    /// VS Code's settings (<c>.vscode/settings.json</c>) that give the YAML extension each schema, written to
    /// <paramref name="folder"/> of the site, for the files it describes.
    /// </summary>
    public static string EditorSettings(string folder)
    {
        var schemas = new JsonObject();
        foreach (var collection in ContentSchemas.All.Select(s => s.Collection))
            schemas[$"./{folder}/{FileNameOf(collection)}"] =
                new JsonArray($"content/{collection.Name}/*/{ContentLoader.IndexFile}");
        schemas[$"./{folder}/{SiteSchema}"] = new JsonArray(SiteConfigReader.FileName);
        return new JsonObject { ["yaml.schemas"] = schemas }.ToJsonString(Indented) + "\n";
    }

    private static string FileNameOf(Collection collection) => $"{collection.Name}.schema.json";

    /// <summary>An object schema: one property per field, unknown properties refused.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="languages">The site's language codes.</param>
    /// <param name="requireText">Whether required text fields are required here; in index.yaml they may come from front
    /// matter instead.</param>
    internal static JsonObject Object(IReadOnlyList<FieldSchema> fields, IReadOnlyList<string> languages,
        bool requireText)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            var schema = field.Type.ToJsonSchema(languages);
            schema["description"] = schema["description"] is { } detail ? $"{Sentence(field.Description)} {detail}"
                : Sentence(field.Description);
            properties[field.Name] = schema;
        }
        var required = fields.Where(f => f.Required && (requireText || f.Type is not TextType))
            .Select(f => (JsonNode)f.Name).ToArray();
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray(required),
            ["additionalProperties"] = false,
        };
    }

    private static string Document(string title, JsonObject schema)
    {
        var document = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = title,
        };
        foreach (var (name, value) in schema) document[name] = value?.DeepClone();
        return document.ToJsonString(Indented) + "\n";
    }

    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..] + ".";
}
