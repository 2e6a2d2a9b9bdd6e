namespace ForeignAffairs.Validation;

/// <summary>
/// One field of a schema: its name, type, whether it must be given, and what it means (shown to editors).
/// </summary>
/// <param name="Name">The field name as written in YAML.</param>
/// <param name="Type">How its value is read.</param>
/// <param name="Required">Whether every entry must give it.</param>
/// <param name="Description">What the field means, in a sentence.</param>
internal sealed record FieldSchema(string Name, FieldType Type, bool Required, string Description);
