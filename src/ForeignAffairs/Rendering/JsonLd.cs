using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Structured data for search engines: an object built in a template, written as JSON in a
/// <c>script type="application/ld+json"</c> element. Written member by member as it is walked: through the serializer,
/// as dictionaries of boxed values, it cost a tenth of rendering a page.
/// </summary>
internal static class JsonLd
{
    // Nothing in it can close the script element: '<', '>' and '&' are written as \u escapes.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };

    /// <summary>The element holding <paramref name="data"/>.</summary>
    public static RawHtml Element(object? data)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            Write(writer, data, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return new($"<script type=\"application/ld+json\">{Encoding.UTF8.GetString(buffer.WrittenSpan)}</script>");
    }

    /// <summary>
    /// The schema.org <c>BreadcrumbList</c> of <paramref name="breadcrumbs"/> (a page's <c>page.breadcrumbs</c>): each
    /// crumb a <c>ListItem</c> with its position, name and full address. Made here rather than by a loop of the
    /// template that adds to an array item by item, on every page.
    /// </summary>
    public static ScriptObject BreadcrumbList(object? breadcrumbs)
    {
        var items = new ScriptArray();
        foreach (var crumb in (breadcrumbs as System.Collections.IEnumerable)?.OfType<ScriptObject>() ?? [])
        {
            items.Add(new ScriptObject(StringComparer.Ordinal)
            {
                ["@type"] = "ListItem", ["position"] = items.Count + 1,
                ["name"] = crumb["name"], ["item"] = crumb["href"],
            });
        }
        return new ScriptObject(StringComparer.Ordinal)
            { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    // Entries refer to each other (a project to its province, the province back to its projects): an entry inside
    // another is written as its address, as JSON-LD refers to other things, and an object already being written is left
    // out.
    private static void Write(Utf8JsonWriter writer, object? value, HashSet<object> open)
    {
        if (value is EntryView nested && open.Count > 0) value = nested["permalink"];
        switch (value)
        {
            case ScriptObject obj:
                open.Add(obj);
                writer.WriteStartObject();
                foreach (var (name, member) in obj)
                {
                    if (Omitted(member, open)) continue;
                    writer.WritePropertyName(name);
                    Write(writer, member, open);
                }
                writer.WriteEndObject();
                open.Remove(obj);
                break;
            case ScriptArray array:
                open.Add(array);
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    if (Omitted(item, open)) writer.WriteNullValue();
                    else Write(writer, item, open);
                }
                writer.WriteEndArray();
                open.Remove(array);
                break;
            case null or IScriptCustomFunction: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case RawHtml html: writer.WriteStringValue(html.Html); break;
            case DateTime date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), Options); break;
        }
    }

    // What is not data: nothing, a value made when it is read (such as page.breadcrumbs), or an object being written.
    private static bool Omitted(object? value, HashSet<object> open) =>
        value is null or IScriptCustomFunction
        || (value is ScriptObject or ScriptArray && value is not EntryView && open.Contains(value));
}
