using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>A yes-or-no setting written <c>true</c> or <c>false</c>.</summary>
internal sealed class BooleanType : FieldType
{
    /// <inheritdoc />
    public override string Description => "true or false";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        switch (Scalar(node, context)?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes": return true;
            case "false" or "no": return false;
            default:
                context.Error(DiagnosticCodes.WrongType, node, $"expected {Description}, but found {Kind(node)}");
                return null;
        }
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new() { ["type"] = "boolean" };
}
