using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>The type of a field: how its YAML is read into a value, and how it is described to an editor.</summary>
internal abstract class FieldType
{
    /// <summary>What a value of this type looks like, for messages: "a number", "a date such as 2026-11-24".</summary>
    public abstract string Description { get; }

    /// <summary>
    /// Reads <paramref name="node"/>; reports a diagnostic and returns null when the value does not fit.
    /// </summary>
    public abstract object? Read(YamlNode node, ValueContext context);

    /// <summary>The plain text of a scalar, or null (after reporting) when the node is a list or mapping.</summary>
    protected string? Scalar(YamlNode node, ValueContext context)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        context.Error(DiagnosticCodes.WrongType, node, $"expected {Description}, but found {Kind(node)}");
        return null;
    }

    /// <summary>How a node is described in messages.</summary>
    protected static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of 'name: value' fields",
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    /// <summary>
    /// The JSON Schema of this type, for editors' YAML tooling; <paramref name="languages"/> are the site's language
    /// codes.
    /// </summary>
    public abstract JsonObject ToJsonSchema(IReadOnlyList<string> languages);
}
