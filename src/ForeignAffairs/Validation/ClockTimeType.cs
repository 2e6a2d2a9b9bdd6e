using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using NodaTime;
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

    /// <inheritdoc />
    public override string Description =>
        "a date written YYYY-MM-DD, or a date and time written YYYY-MM-DD HH:MM, such as 2026-05-17 08:30";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        var clock = Parse(text.Trim());
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

    // YYYY-MM-DD as a date field writes it, then optionally HH:MM on a 24-hour clock after a space or a T; any year, so
    // that a year out of range is reported as such. Read by hand: NodaTime's text patterns took about 30 ms to set up.
    private static ClockTime? Parse(string written)
    {
        if (written.Length is not (10 or 16) || DateType.Written(written.AsSpan(0, 10)) is not var (year, month, day)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            return null;
        var date = new LocalDate(year, month, day);
        if (written.Length == 10) return new ClockTime(date.AtMidnight(), false);
        return written[10] is ' ' or 'T' && written[13] == ':'
            && DateType.Digits(written.AsSpan(11, 2), out var hour) && hour < 24
            && DateType.Digits(written.AsSpan(14, 2), out var minute) && minute < 60
                ? new ClockTime(date.At(new LocalTime(hour, minute)), true)
                : null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2})?$",
    };
}
