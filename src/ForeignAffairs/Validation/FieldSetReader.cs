using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// Reads a YAML mapping against a list of field schemas: every known field is read by its type; unknown fields are
/// reported.
/// </summary>
internal static class FieldSetReader
{
    /// <summary>
    /// Reads the fields of <paramref name="mapping"/>. Values that do not fit are reported and left out;
    /// missing required fields are reported when <paramref name="checkRequired"/> is set.
    /// </summary>
    public static IReadOnlyDictionary<string, object> Read(
        YamlMappingNode mapping, IReadOnlyList<FieldSchema> fields, ValueContext context, bool checkRequired,
        string what)
    {
        var values = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = fields.FirstOrDefault(f => f.Name == name);
            if (field is null)
            {
                context.Error(DiagnosticCodes.UnknownField, keyNode, $"{what} has no field '{name}'",
                    Suggestion.Hint(name, fields.Select(f => f.Name).ToArray()));
                continue;
            }
            // An empty value is no value: optional fields may be left empty, as a new entry's are.
            if (valueNode is YamlScalarNode { Value: null or "" } && valueNode.Tag.IsEmpty)
            {
                if (field.Required)
                    context.Missing(valueNode, name, $"'{name}' is empty", $"give {field.Type.Description}");
                continue;
            }
            if (field.Type.Read(valueNode, context) is { } value) values[name] = value;
        }

        if (checkRequired)
        {
            foreach (var field in fields.Where(f =>
                f.Required && !mapping.Children.ContainsKey(new YamlScalarNode(f.Name))))
            {
                context.Missing(mapping, field.Name, $"{what} is missing the required field '{field.Name}'",
                    $"add '{field.Name}:' with {field.Type.Description} ({field.Description})");
            }
        }
        return values;
    }
}
