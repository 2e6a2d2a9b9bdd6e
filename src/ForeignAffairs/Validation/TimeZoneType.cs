using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// An IANA time zone, such as Asia/Ho_Chi_Minh, Asia/Tokyo or Asia/Seoul, as the time-zone database bundled with NodaTime
/// knows it (the same on every machine). Read as its identifier.
/// </summary>
public sealed class TimeZoneType : FieldType
{
    /// <inheritdoc />
    public override string Description => "a time zone such as Asia/Ho_Chi_Minh, Asia/Tokyo or Asia/Seoul";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        var zones = DateTimeZoneProviders.Tzdb;
        if (zones.GetZoneOrNull(text.Trim()) is not null) return text.Trim();
        context.Error(DiagnosticCodes.NotAllowed, node, $"'{text}' is not a time zone",
            Suggestion.Closest(text.Trim(), zones.Ids) is { } closest
                ? $"did you mean '{closest}'?"
                : "name it by region and city, as the IANA time-zone database does: Asia/Ho_Chi_Minh, Asia/Tokyo, Asia/Seoul");
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$",
    };
}
