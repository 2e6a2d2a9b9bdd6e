using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// A list of values of one type; a single value is read as a list of one. An entry referred to twice is kept once.
/// </summary>
/// <param name="item">The type of each item.</param>
internal sealed class ListType(FieldType item) : FieldType
{
    /// <summary>The type of each item.</summary>
    public FieldType Item { get; } = item;

    /// <inheritdoc />
    public override string Description => $"a list, each item {Item.Description}";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        var items = node is YamlSequenceNode sequence ? sequence.Children : (IEnumerable<YamlNode>)[node];
        var values = new List<object>();
        HashSet<EntryKey>? referred = null; // most lists hold no references
        var ok = true;
        foreach (var child in items)
        {
            if (Item.Read(child, context) is not { } value) ok = false;
            else if (value is EntryKey key && !(referred ??= []).Add(key))
                context.Warning(DiagnosticCodes.DuplicateReference, child, $"{key} is already listed above",
                    "remove this one");
            else values.Add(value);
        }
        return ok ? values : null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "array", ["items"] = Item.ToJsonSchema(languages) },
            Item.ToJsonSchema(languages)),
    };
}
