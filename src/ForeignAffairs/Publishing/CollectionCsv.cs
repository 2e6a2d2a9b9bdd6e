using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/data/&lt;collection&gt;.csv</c>: the same values as <see cref="CollectionJson"/>, one row per entry, for
/// spreadsheets, as <see cref="ProjectsCsv"/> writes projects. A text has a column per language (<c>title_ja</c>); a
/// group of fields a column per field (<c>area_total_ha</c>); a list of slugs or values one column, joined with ';'; a
/// list of texts or groups a column per language, each item's values joined with ', ' and the items with '; '.
/// </summary>
internal static class CollectionCsv
{
    /// <summary>
    /// Where the export of <paramref name="collection"/> is published, relative to the output folder.
    /// </summary>
    public static string PathOf(Collection collection) => $"data/{collection.Name}.csv";

    private sealed record Column(string Name, Func<IReadOnlyDictionary<string, object>, string?> Cell);

    /// <summary>The export of <paramref name="entries"/> of <paramref name="collection"/>, for a site with
    /// <paramref name="config"/>.</summary>
    public static PublishedDocument For(SiteConfig config, Collection collection, IEnumerable<Entry> entries)
    {
        var languages = config.LanguageCodes;
        var urls = new SiteUrls(config);
        var columns = Columns("", CollectionExport.Fields(collection), languages);
        var text = new StringBuilder(OpenData.CsvLine(
            ["slug", .. columns.Select(c => c.Name), .. languages.Select(l => $"url_{l}")]));
        foreach (var entry in entries.OrderBy(e => e.Key.Slug, StringComparer.Ordinal))
        {
            text.Append(OpenData.CsvLine(
            [
                entry.Key.Slug, .. columns.Select(c => c.Cell(entry.Fields)),
                .. languages.Select(l => urls.Permalink(SiteUrls.EntryPath(l, entry.Key))),
            ]));
        }
        return new PublishedDocument(PathOf(collection), OpenData.CsvBytes(text.ToString()));
    }

    private static IEnumerable<Column> Columns(string prefix, IEnumerable<FieldSchema> fields,
        IReadOnlyList<string> languages)
    {
        foreach (var field in fields)
        {
            var name = prefix + field.Name;
            object? Value(IReadOnlyDictionary<string, object> values) => values.GetValueOrDefault(field.Name);
            switch (field.Type)
            {
                case TextType:
                    foreach (var language in languages)
                        yield return new(Col(name, language), v => Cell(Value(v), language));
                    break;
                case RecordType record:
                    foreach (var inner in Columns(name + "_", record.Fields, languages))
                        yield return new(inner.Name,
                            v => Value(v) is IReadOnlyDictionary<string, object> group ? inner.Cell(group) : null);
                    break;
                case ListType { Item: TextType or RecordType } list:
                    foreach (var language in languages)
                        yield return new(Col(name, language),
                            v => Joined(Value(v), "; ", item => Item(item, list.Item, language)));
                    break;
                case ListType:
                    yield return new(name, v => Joined(Value(v), ";", item => Cell(item, null)));
                    break;
                default:
                    yield return new(name, v => Cell(Value(v), null));
                    break;
            }
        }
    }

    private static string Col(string name, string language) => $"{name}_{language}";

    // A value in a cell: a text in the language, other values as the JSON export writes them, a group or list nested in
    // a list item with its values joined; texts are neutralised.
    private static string? Cell(object? value, string? language) => value switch
    {
        LocalizedText text =>
            OpenData.Neutralised(language is not null && text.TryGet(language, out var written) ? written : null),
        string plain => OpenData.Neutralised(plain),
        IReadOnlyDictionary<string, object> group => Joined(group.Values, ", ", v => Cell(v, language)),
        IEnumerable<object> list => Joined(list, "; ", v => Cell(v, language)),
        _ => CollectionExport.Scalar(value),
    };

    private static string? Item(object item, FieldType type, string language) =>
        item is IReadOnlyDictionary<string, object> group
            ? string.Join(", ",
                ((RecordType)type).Fields.Select(f => Cell(group.GetValueOrDefault(f.Name), language)).OfType<string>())
            : Cell(item, language);

    private static string? Joined(object? list, string separator, Func<object, string?> item) =>
        list is IEnumerable<object> items && items.Select(item).OfType<string>().ToArray() is { Length: > 0 } cells
            ? string.Join(separator, cells)
            : null;
}
