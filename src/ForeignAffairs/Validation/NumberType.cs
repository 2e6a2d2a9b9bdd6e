using System.Text.Json.Nodes;
using System.Globalization;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>A decimal number, such as an investment in millions of US dollars or an area in hectares.</summary>
/// <param name="wholeOnly">Whether only whole numbers are allowed (years, counts).</param>
public sealed class NumberType(bool wholeOnly = false) : FieldType
{
    /// <inheritdoc />
    public override string Description => wholeOnly ? "a whole number such as 2025" : "a number such as 1250.5";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        if (wholeOnly && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (!wholeOnly && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;

        var bare = text.Replace(",", "").Replace(" ", "").Replace("_", "");
        var hint = bare != text && decimal.TryParse(bare, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? $"write the number without separators: {bare}"
            : wholeOnly ? "write a whole number, with digits only" : "write digits only, with '.' for decimals; units and words belong in the text";
        context.Error(DiagnosticCodes.WrongType, node, $"expected {Description}, but found {Kind(node)}", hint);
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new() { ["type"] = wholeOnly ? "integer" : "number" };
}
