using System.Text.Json.Nodes;
using System.Globalization;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>A calendar date written YYYY-MM-DD; read as <see cref="DateOnly"/>.</summary>
public sealed class DateType : FieldType
{
    /// <inheritdoc />
    public override string Description => "a date written YYYY-MM-DD, such as 2026-11-24";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        context.Error(DiagnosticCodes.InvalidDate, node, $"'{text}' is not a valid date", "write it as YYYY-MM-DD, e.g. 2026-11-24");
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    };
}
