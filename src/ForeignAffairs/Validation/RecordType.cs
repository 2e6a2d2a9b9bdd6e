using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>A group of named fields, such as a key figure with its value, year and source.</summary>
/// <param name="name">What one record is called in messages ("a key figure").</param>
/// <param name="fields">The fields of the group.</param>
internal sealed class RecordType(string name, params FieldSchema[] fields) : FieldType
{
    /// <summary>The fields of the group.</summary>
    public IReadOnlyList<FieldSchema> Fields { get; } = fields;

    /// <inheritdoc />
    public override string Description => $"{name} with the fields {string.Join(", ", Fields.Select(f => f.Name))}";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(Diagnostics.DiagnosticCodes.WrongType, node,
                $"expected {Description}, but found {Kind(node)}");
            return null;
        }
        return FieldSetReader.Read(mapping, Fields, context, checkRequired: true, name);
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) =>
        JsonSchemaExport.Object(Fields, languages, requireText: true);
}
