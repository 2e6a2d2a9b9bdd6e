using System.Globalization;
using NodaTime;

namespace ForeignAffairs.Content;

/// <summary>
/// When an event takes place: whole days (<c>2026-05-17</c>), or a start and end time on the clock of the place it is
/// held (<c>2026-05-17 08:30</c>) with that place's time zone. Offsets come from the time-zone database bundled with
/// NodaTime, so that a build gives the same times on any machine.
/// </summary>
/// <param name="Start">The first day, and for a timed event the time it starts, in <paramref name="TimeZone"/>.</param>
/// <param name="End">The last day, and for a timed event the time it ends; null when only the start is known.</param>
/// <param name="AllDay">Whether the event is given in whole days, without times.</param>
/// <param name="TimeZone">The IANA time zone of the place, such as Asia/Ho_Chi_Minh or Asia/Tokyo.</param>
internal sealed record EventTime(LocalDateTime Start, LocalDateTime? End, bool AllDay, string TimeZone)
{
    /// <summary>Vietnam's time zone: an event that names none is held there.</summary>
    public const string VietnamTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// The current day in Vietnam, whose clocks have been seven hours ahead of UTC, without summer time, since 1975:
    /// a site without events need not load the time-zone database for it.
    /// </summary>
    public static DateOnly TodayInVietnam() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZone];

    /// <summary>The first day of the event.</summary>
    public DateOnly StartDate => Start.Date.ToDateOnly();

    /// <summary>The last day of the event, on the clock of its place.</summary>
    public DateOnly LastDate => (End ?? Start).Date.ToDateOnly();

    /// <summary>Whether the event ends on another day than it starts.</summary>
    public bool SpansDays => LastDate != StartDate;

    /// <summary>The start with its offset from UTC (midnight for a whole day).</summary>
    public DateTimeOffset StartOffset => Start.InZoneLeniently(Zone).ToDateTimeOffset();

    /// <summary>The end with its offset from UTC, or null when the event gives none.</summary>
    public DateTimeOffset? EndOffset => End?.InZoneLeniently(Zone).ToDateTimeOffset();

    /// <summary>
    /// The start as ISO 8601, as schema.org reads it: <c>2026-05-17</c> or <c>2026-05-17T08:30:00+07:00</c>.
    /// </summary>
    public string StartIso => AllDay ? Iso(StartDate) : Iso(StartOffset);

    /// <summary>The end as ISO 8601, or null.</summary>
    public string? EndIso => End is null ? null : AllDay ? Iso(LastDate) : Iso(EndOffset!.Value);

    /// <summary>
    /// The offset of the place's clock from UTC at the start, as people write it: <c>UTC+7</c>, <c>UTC+5:30</c>.
    /// </summary>
    public string UtcOffset
    {
        get
        {
            var offset = StartOffset.Offset;
            var sign = offset < TimeSpan.Zero ? "−" : "+";
            var abs = offset.Duration();
            return abs.Minutes == 0
                ? $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}"
                : $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}:" +
                  $"{abs.Minutes.ToString("00", CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>
    /// Whether the event was over when <paramref name="today"/> began in Vietnam: its end (or, without one, its start;
    /// for whole days, the end of its last day on the clock of its place) came before. An evening event in New York on
    /// the 17th is still to come on the morning of the 18th in Vietnam.
    /// </summary>
    public bool IsPastOn(DateOnly today)
    {
        var over = AllDay
            ? LocalDate.FromDateOnly(LastDate).PlusDays(1).AtStartOfDayInZone(Zone).ToInstant()
            : (End ?? Start).InZoneLeniently(Zone).ToInstant();
        return over <= LocalDate.FromDateOnly(today).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb[VietnamTimeZone])
            .ToInstant();
    }

    /// <summary>
    /// The time of <paramref name="entry"/>, an event: its <c>when</c>, which validation made an
    /// <see cref="EventTime"/>.
    /// </summary>
    public static EventTime Of(Entry entry) => (EventTime)entry.Fields["when"];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
