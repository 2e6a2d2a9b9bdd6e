using System.Text.Json.Nodes;
using System.Globalization;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>A calendar date written YYYY-MM-DD; read as <see cref="DateOnly"/>.</summary>
internal sealed class DateType : FieldType
{
    /// <inheritdoc />
    public override string Description => "a date written YYYY-MM-DD, such as 2026-11-24";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        if (Parse(text) is { } date) return date;
        context.Error(DiagnosticCodes.InvalidDate, node, $"'{text}' is not a valid date",
            "write it as YYYY-MM-DD, e.g. 2026-11-24");
        return null;
    }

    /// <summary>
    /// The date <paramref name="text"/> writes as YYYY-MM-DD (the pattern of the JSON Schema), or null.
    /// </summary>
    // Read by hand: DateOnly.TryParseExact matched the separators with the culture's string comparison, which took most
    // of the time validating a large site's fields did.
    internal static DateOnly? Parse(ReadOnlySpan<char> text) =>
        Written(text) is var (year, month, day)
        && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// The numbers <paramref name="text"/> writes as YYYY-MM-DD, not yet checked against the calendar, or null.
    /// </summary>
    internal static (int Year, int Month, int Day)? Written(ReadOnlySpan<char> text) =>
        text is [_, _, _, _, '-', _, _, '-', _, _]
        && Digits(text[..4], out var year) && Digits(text[5..7], out var month) && Digits(text[8..], out var day)
            ? (year, month, day)
            : null;

    /// <summary>The number <paramref name="text"/> writes in ASCII digits only, if it does.</summary>
    internal static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        var ascii = text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');
        value = ascii ? int.Parse(text, CultureInfo.InvariantCulture) : 0;
        return ascii;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    };
}
