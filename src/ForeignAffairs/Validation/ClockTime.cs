using System.Globalization;
using NodaTime;

namespace ForeignAffairs.Validation;

/// <summary>A day or a day and time as <see cref="ClockTimeType"/> read it.</summary>
/// <param name="Value">The day at midnight, or the day and time.</param>
/// <param name="HasTime">Whether a time of day was written.</param>
internal sealed record ClockTime(LocalDateTime Value, bool HasTime)
{
    /// <inheritdoc />
    public override string ToString() => HasTime
        ? Value.ToDateTimeUnspecified().ToString("yyyy'-'MM'-'dd HH':'mm", CultureInfo.InvariantCulture)
        : Value.Date.ToDateOnly().ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
