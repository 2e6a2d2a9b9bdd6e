using System.Text.Json.Nodes;
using System.Globalization;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>A decimal number, such as an investment in millions of US dollars or an area in hectares.</summary>
/// <param name="wholeOnly">Whether only whole numbers are allowed (years, counts).</param>
/// <param name="minimum">The least value that has a meaning, such as 0 for an area; null when any is allowed.</param>
/// <param name="maximum">The greatest value that has a meaning, such as 100 for a percentage; null when any is
/// allowed.</param>
internal sealed class NumberType(bool wholeOnly = false, decimal? minimum = null, decimal? maximum = null) : FieldType
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <inheritdoc />
    public override string Description => wholeOnly ? "a whole number such as 2025" : "a number such as 1250.5";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        if (wholeOnly
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return InRange(whole, text, node, context) ? whole : null;
        if (!wholeOnly && decimal.TryParse(text, Decimal, CultureInfo.InvariantCulture, out var number))
            return InRange(number, text, node, context) ? number : null;

        var bare = text.Replace(",", "").Replace(" ", "").Replace("_", "");
        var hint = bare != text && decimal.TryParse(bare, Decimal, CultureInfo.InvariantCulture, out _)
            ? $"write the number without separators: {bare}"
            : wholeOnly ? "write a whole number, with digits only"
            : "write digits only, with '.' for decimals; units and words belong in the text";
        context.Error(DiagnosticCodes.WrongType, node, $"expected {Description}, but found {Kind(node)}", hint);
        return null;
    }

    private bool InRange(decimal number, string text, YamlNode node, ValueContext context)
    {
        if (maximum is { } most && number > most)
        {
            context.Error(DiagnosticCodes.AboveMaximum, node,
                $"'{text}' is more than {most}, the most this field allows", $"give {most} or less");
            return false;
        }
        if (minimum is not { } least || number >= least) return true;
        var (problem, hint) = least == 0
            ? ($"'{text}' is negative, which this figure cannot be", "write the figure without a minus sign")
            : ($"'{text}' is less than {least}, the least this field allows", $"give {least} or more");
        context.Error(DiagnosticCodes.BelowMinimum, node, problem, hint);
        return false;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages)
    {
        var schema = new JsonObject { ["type"] = wholeOnly ? "integer" : "number" };
        if (minimum is { } least) schema["minimum"] = least;
        if (maximum is { } most) schema["maximum"] = most;
        return schema;
    }
}
