using System.Text.Json;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/data/&lt;collection&gt;.json</c>: every entry of a collection with every field of its schema, written from the
/// schema so that a field added to it is exported with it. The shape is stable: every key is always present, in schema
/// order, null (or an empty list) when the entry does not give it; texts are maps of language code to the text written
/// in it, or null.
/// </summary>
internal static class CollectionJson
{
    /// <summary>
    /// Where the export of <paramref name="collection"/> is published, relative to the output folder.
    /// </summary>
    public static string PathOf(Collection collection) => $"data/{collection.Name}.json";

    /// <summary>The export of <paramref name="entries"/> of <paramref name="collection"/>, for a site with
    /// <paramref name="config"/>.</summary>
    public static PublishedDocument For(SiteConfig config, Collection collection, IEnumerable<Entry> entries)
    {
        var languages = config.LanguageCodes;
        var urls = new SiteUrls(config);
        var fields = CollectionExport.Fields(collection);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, OpenData.Json))
        {
            json.WriteStartObject();
            json.WriteString("generated_from", config.BaseUrl.AbsoluteUri);
            json.WriteStartArray("languages");
            foreach (var language in languages) json.WriteStringValue(language);
            json.WriteEndArray();
            json.WriteStartArray(collection.Name);
            foreach (var entry in entries.OrderBy(e => e.Key.Slug, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("slug", entry.Key.Slug);
                foreach (var field in fields)
                {
                    json.WritePropertyName(field.Name);
                    Write(json, field.Type, entry.Fields.GetValueOrDefault(field.Name), languages);
                }
                json.WriteStartObject("url");
                foreach (var language in languages)
                    json.WriteString(language, urls.Permalink(SiteUrls.EntryPath(language, entry.Key)));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return new PublishedDocument(PathOf(collection), stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, FieldType type, object? value, IReadOnlyList<string> languages)
    {
        switch (value)
        {
            case null when type is ListType:
                json.WriteStartArray();
                json.WriteEndArray();
                break;
            case null: json.WriteNullValue(); break;
            case LocalizedText text:
                json.WriteStartObject();
                foreach (var language in languages)
                    json.WriteString(language, text.TryGet(language, out var written) ? written : null);
                json.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object> record:
                json.WriteStartObject();
                foreach (var field in ((RecordType)type).Fields)
                {
                    json.WritePropertyName(field.Name);
                    Write(json, field.Type, record.GetValueOrDefault(field.Name), languages);
                }
                json.WriteEndObject();
                break;
            case IEnumerable<object> list when type is ListType listType:
                json.WriteStartArray();
                foreach (var item in list) Write(json, listType.Item, item, languages);
                json.WriteEndArray();
                break;
            case decimal number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            default: json.WriteStringValue(CollectionExport.Scalar(value)); break;
        }
    }
}
