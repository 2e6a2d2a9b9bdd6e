using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>Plain text that is the same in every language: a name, an e-mail address, a URL, a phone number.</summary>
public sealed class StringType : FieldType
{
    /// <inheritdoc />
    public override string Description => "plain text";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context) => Scalar(node, context);

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new() { ["type"] = "string" };
}
