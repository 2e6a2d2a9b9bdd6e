using System.Globalization;
using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// A day, or a day and a time on a clock: <c>2026-05-17</c> or <c>2026-05-17 08:30</c> (a <c>T</c> may stand for the
/// space). Read as <see cref="ClockTime"/>.
/// </summary>
internal sealed class ClockTimeType : FieldType
{
    /// <summary>The first year an event may be in.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year an event may be in.</summary>
    public const int LastYear = 2200;

    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDateTimePattern DayAndTime =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

    /// <inheritdoc />
    public override string Description =>
        "a date written YYYY-MM-DD, or a date and time written YYYY-MM-DD HH:MM, such as 2026-05-17 08:30";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        var written = text.Trim().Replace('T', ' ');
        var clock = Day.Parse(written) is { Success: true } day ? new ClockTime(day.Value.AtMidnight(), false)
            : DayAndTime.Parse(written) is { Success: true } time ? new ClockTime(time.Value, true)
            : null;
        if (clock is { Value.Year: >= FirstYear and <= LastYear }) return clock;
        if (clock is not null)
        {
            context.Error(DiagnosticCodes.InvalidDate, node, $"'{text}' is not in the years {FirstYear} to {LastYear}",
                "check the year");
            return null;
        }
        context.Error(DiagnosticCodes.InvalidDate, node, $"'{text}' is not a valid date, or date and time",
            "write a date as YYYY-MM-DD (2026-05-17), " +
            "or a date and a 24-hour time as YYYY-MM-DD HH:MM (2026-05-17 08:30)");
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2})?$",
    };
}
