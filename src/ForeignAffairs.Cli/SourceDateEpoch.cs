using System.Globalization;
using ForeignAffairs.Content;

namespace ForeignAffairs.Cli;

/// <summary>
/// The day a build takes as today from <c>SOURCE_DATE_EPOCH</c>, the reproducible-builds convention: seconds since
/// 1970-01-01 UTC, read as a day in Vietnam's time. Unset, a build takes the current day.
/// </summary>
internal static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>The day the variable names, null when it is unset, or an error when it is not a number of seconds.</summary>
    public static (DateOnly? Day, string? Error) Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, null);
        if (!long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return (null, $"{Variable} is '{value}', which is not a number of seconds since 1970-01-01 UTC (unset it to build as of today)");
        return (EventTime.DayInVietnam(DateTimeOffset.FromUnixTimeSeconds(seconds)), null);
    }
}
