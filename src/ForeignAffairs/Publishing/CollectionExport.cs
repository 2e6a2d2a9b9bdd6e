using System.Globalization;
using ForeignAffairs.Content;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Publishing;

/// <summary>
/// What the open data exports of a whole collection (<see cref="CollectionJson"/>, <see cref="CollectionCsv"/>) write.
/// </summary>
internal static class CollectionExport
{
    // Order in lists and drafts are how the site presents entries, not facts about them.
    private static readonly string[] Presentation = ["weight", "draft"];

    /// <summary>
    /// The fields exported, in schema order: every field of the collection's schema but its presentation.
    /// </summary>
    public static IReadOnlyList<FieldSchema> Fields(Collection collection) =>
        ContentSchemas.For(collection).Fields.Where(f => !Presentation.Contains(f.Name)).ToArray();

    /// <summary>A value that is neither a text, a list nor a record, as written in an export.</summary>
    public static string? Scalar(object? value) => value switch
    {
        null => null,
        EntryKey key => key.Slug,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
