using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>One value out of a fixed set, such as a project's status.</summary>
/// <param name="values">The allowed values.</param>
internal sealed class ChoiceType(params string[] values) : FieldType
{
    /// <summary>The allowed values, in the order they are presented.</summary>
    public IReadOnlyList<string> Values { get; } = values;

    /// <inheritdoc />
    public override string Description => $"one of {string.Join(", ", Values)}";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        if (Values.Contains(text, StringComparer.Ordinal)) return text;
        context.Error(DiagnosticCodes.NotAllowed, node, $"'{text}' is not allowed here",
            Suggestion.Hint(text, Values.ToArray()));
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["enum"] = new JsonArray(Values.Select(v => (JsonNode)v).ToArray()),
    };
}
