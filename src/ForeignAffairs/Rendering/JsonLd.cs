using System.Buffers;
using System.Collections;
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
/// as dictionaries of boxed values, it cost a tenth of rendering a page. One writer writes one element at a time; each
/// rendering context keeps its own.
/// </summary>
internal sealed class JsonLd
{
    // Nothing in it can close the script element: '<', '>' and '&' are written as \u escapes.
    private static readonly JsonWriterOptions WriterOptions =
        new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private const string Start = "<script type=\"application/ld+json\">", End = "</script>";

    // Kept from element to element: every page writes one or more, and each made a buffer and a set of its own.
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);

    /// <summary>The element holding <paramref name="data"/>.</summary>
    public RawHtml Element(object? data)
    {
        _buffer.ResetWrittenCount();
        _open.Clear();
        using (var writer = new Utf8JsonWriter(_buffer, WriterOptions)) Write(writer, data, _open);
        // Decoded once, into the element's own text.
        var length = Encoding.UTF8.GetCharCount(_buffer.WrittenSpan);
        return new RawHtml(string.Create(Start.Length + length + End.Length, _buffer, static (element, buffer) =>
        {
            Start.CopyTo(element);
            var written = Encoding.UTF8.GetChars(buffer.WrittenSpan, element[Start.Length..]);
            End.CopyTo(element[(Start.Length + written)..]);
        }));
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
            items.Add(new ScriptObject(4, StringComparer.Ordinal)
            {
                ["@type"] = "ListItem", ["position"] = items.Count + 1,
                ["name"] = crumb["name"], ["item"] = crumb["href"],
            });
        }
        return new ScriptObject(3, StringComparer.Ordinal)
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
            case ScriptObject obj: WriteObject(writer, obj, obj, open); break;
            case null or IScriptCustomFunction: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case RawHtml html: writer.WriteStringValue(html.Html); break;
            // Scriban's lists are not all arrays (array.limit gives a range, array.sort a list), nor its maps objects.
            case IDictionary map: WriteObject(writer, map, Members(map), open); break;
            case IEnumerable items: WriteArray(writer, items, open); break;
            case DateTime date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            default: WriteOther(writer, value); break;
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable items, HashSet<object> open)
    {
        open.Add(items);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (Omitted(item, open)) writer.WriteNullValue();
            else Write(writer, item, open);
        }
        writer.WriteEndArray();
        open.Remove(items);
    }

    // An object of members, left out of what it holds while it is written.
    private static void WriteObject(Utf8JsonWriter writer, object owner,
        IEnumerable<KeyValuePair<string, object?>> members, HashSet<object> open)
    {
        open.Add(owner);
        writer.WriteStartObject();
        foreach (var (name, member) in members)
        {
            if (Omitted(member, open)) continue;
            writer.WritePropertyName(name);
            Write(writer, member, open);
        }
        writer.WriteEndObject();
        open.Remove(owner);
    }

    // Through the dictionary's own enumerator: a generic dictionary enumerated as a sequence gives key-value pairs.
    private static IEnumerable<KeyValuePair<string, object?>> Members(IDictionary map)
    {
        foreach (DictionaryEntry entry in map)
        {
            var name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            yield return KeyValuePair.Create(name, entry.Value);
        }
    }

    // The rarer values a template can hold: numbers as numbers, days and times in ISO 8601, as the serializer writes
    // them; anything else as its invariant text. Not through the serializer itself, which the native command cannot
    // ask to write a type it was not compiled for.
    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case float number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case ulong number: writer.WriteNumberValue(number); break;
            case byte or sbyte or short or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture)); break;
            case System.Numerics.BigInteger number:
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: writer.WriteStringValue(time); break;
            case DateOnly day: writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case Enum option: writer.WriteRawValue(option.ToString("D")); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    // What is not data: nothing, a value made when it is read (such as page.breadcrumbs), or an object being written.
    private static bool Omitted(object? value, HashSet<object> open) =>
        value is null or IScriptCustomFunction
        || (value is IEnumerable and not string && value is not EntryView && open.Contains(value));
}
