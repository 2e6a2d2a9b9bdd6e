using ForeignAffairs.Content;

namespace ForeignAffairs.Validation;

/// <summary>The fields an entry of a collection may have: the single source of truth for validation.</summary>
/// <param name="Collection">The collection described.</param>
/// <param name="Fields">Every allowed field, the common ones first.</param>
/// <param name="DateField">The date field that orders the collection newest first, if it is dated.</param>
internal sealed record CollectionSchema(Collection Collection, IReadOnlyList<FieldSchema> Fields,
    string? DateField = null)
{
    /// <summary>The field with this name, if the schema has one.</summary>
    public FieldSchema? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
