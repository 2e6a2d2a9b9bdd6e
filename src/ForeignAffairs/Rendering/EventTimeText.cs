using ForeignAffairs.Content;
using ForeignAffairs.Localization;

namespace ForeignAffairs.Rendering;

/// <summary>
/// When an event takes place, as a reader of one language writes it: its day or days, and for a timed event the times
/// on the clock of its place with that clock's offset from UTC (<c>17 May 2023, 08:30–11:30 (UTC+7)</c>). The patterns
/// are the theme's UI strings <c>event.when_days</c>, <c>event.when_time</c>, <c>event.when_times</c> and
/// <c>event.when_time_days</c>.
/// </summary>
internal static class EventTimeText
{
    /// <summary>
    /// <paramref name="when"/> written with <paramref name="formatter"/>; <paramref name="fill"/> fills a UI string's
    /// {0}, {1}...
    /// </summary>
    public static string Format(EventTime when, Formatter formatter, Func<string, object?[], string> fill)
    {
        var (start, last) = (formatter.Date(when.StartDate), formatter.Date(when.LastDate));
        if (when.AllDay) return when.SpansDays ? fill("event.when_days", [start, last]) : start;
        var startTime = formatter.Time(when.Start.TimeOfDay.ToTimeOnly());
        if (when.End is not { } end) return fill("event.when_time", [start, startTime, when.UtcOffset]);
        var endTime = formatter.Time(end.TimeOfDay.ToTimeOnly());
        return when.SpansDays
            ? fill("event.when_time_days", [start, startTime, last, endTime, when.UtcOffset])
            : fill("event.when_times", [start, startTime, endTime, when.UtcOffset]);
    }
}
