using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// An IANA time zone, such as Asia/Ho_Chi_Minh, Asia/Tokyo or Asia/Seoul, as the time-zone database bundled with
/// NodaTime knows it (the same on every machine). Read as its identifier.
/// </summary>
internal sealed class TimeZoneType : FieldType
{
    /// <inheritdoc />
    public override string Description => "a time zone such as Asia/Ho_Chi_Minh, Asia/Tokyo or Asia/Seoul";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        var zones = DateTimeZoneProviders.Tzdb;
        if (zones.GetZoneOrNull(text.Trim()) is not null) return text.Trim();
        var written = text.Trim();
        var meant = Abbreviations.GetValueOrDefault(written.ToUpperInvariant()) ?? Suggestion.Closest(written, Cities);
        context.Error(DiagnosticCodes.NotAllowed, node, $"'{text}' is not a time zone",
            meant is not null
                ? $"did you mean '{meant}'?"
                : "name it by region and city, as the IANA time-zone database does: " +
                  "Asia/Ho_Chi_Minh, Asia/Tokyo, Asia/Seoul");
        return null;
    }

    // What editors write for the zones of the portal's readers, which the database knows by city. A guess by spelling
    // would be dangerous here: JST and KST are one letter from EST, five hours behind UTC.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ICT"] = "Asia/Ho_Chi_Minh", ["UTC+7"] = "Asia/Ho_Chi_Minh", ["GMT+7"] = "Asia/Ho_Chi_Minh",
        ["JST"] = "Asia/Tokyo", ["UTC+9"] = "Asia/Tokyo", ["GMT+9"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul",
    };

    // Suggestions are drawn from the zones named by a region and a city (Asia/Tokyo), not from legacy names (EST, UCT).
    private static readonly string[] Cities = DateTimeZoneProviders.Tzdb.Ids
        .Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal))
        .ToArray();

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$",
    };
}
