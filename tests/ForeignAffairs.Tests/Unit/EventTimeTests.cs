using ForeignAffairs.Content;
using NodaTime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// An event's time is on the clock of its place: its offset from UTC is the one in force there on the day, summer time
/// included, and it is past only once its last day is over.
/// </summary>
public sealed class EventTimeTests
{
    private static EventTime Timed(string zone, int month, int hour, int? endHour = null) => new(
        new LocalDateTime(2026, month, 17, hour, 30),
        endHour is { } end ? new LocalDateTime(2026, month, 17, end, 0) : null, false, zone);

    [Fact]
    public void Vietnam_has_kept_one_offset_since_1975_so_today_there_needs_no_time_zone_database()
    {
        var vietnam = DateTimeZoneProviders.Tzdb[EventTime.VietnamTimeZone];
        var interval = Assert.Single(vietnam.GetZoneIntervals(
            Instant.FromUtc(1976, 1, 1, 0, 0), Instant.FromUtc(2200, 1, 1, 0, 0)));
        Assert.Equal(Offset.FromHours(7), interval.WallOffset);

        var before = SystemClock.Instance.GetCurrentInstant().InZone(vietnam).Date.ToDateOnly();
        var today = EventTime.TodayInVietnam();
        var after = SystemClock.Instance.GetCurrentInstant().InZone(vietnam).Date.ToDateOnly();
        Assert.Contains(today, new[] { before, after });
    }

    [Theory]
    [InlineData("Asia/Ho_Chi_Minh", 5, "2026-05-17T08:30:00+07:00", "UTC+7")]
    [InlineData("Asia/Tokyo", 5, "2026-05-17T08:30:00+09:00", "UTC+9")]
    [InlineData("Asia/Kolkata", 5, "2026-05-17T08:30:00+05:30", "UTC+5:30")]
    [InlineData("Europe/Berlin", 7, "2026-07-17T08:30:00+02:00", "UTC+2")]
    [InlineData("Europe/Berlin", 1, "2026-01-17T08:30:00+01:00", "UTC+1")]
    [InlineData("America/New_York", 1, "2026-01-17T08:30:00-05:00", "UTC−5")]
    public void The_offset_is_the_one_in_force_at_the_place_on_the_day(
        string zone, int month, string iso, string offset)
    {
        var when = Timed(zone, month, 8);

        Assert.Equal(iso, when.StartIso);
        Assert.Equal(offset, when.UtcOffset);
    }

    [Fact]
    public void A_whole_day_event_is_written_as_days_and_its_end_as_its_last_day()
    {
        var when = new EventTime(new LocalDate(2026, 6, 2).AtMidnight(), new LocalDate(2026, 6, 4).AtMidnight(),
            true, EventTime.VietnamTimeZone);

        Assert.Equal("2026-06-02", when.StartIso);
        Assert.Equal("2026-06-04", when.EndIso);
        Assert.True(when.SpansDays);
    }

    [Fact]
    public void An_event_is_past_once_its_last_day_is_over()
    {
        var when = new EventTime(new LocalDate(2026, 6, 2).AtMidnight(), new LocalDate(2026, 6, 4).AtMidnight(),
            true, EventTime.VietnamTimeZone);

        Assert.False(when.IsPastOn(new DateOnly(2026, 6, 4)));
        Assert.True(when.IsPastOn(new DateOnly(2026, 6, 5)));
        Assert.Null(Timed("Asia/Tokyo", 5, 14).EndIso);
    }

    [Theory]
    // A whole day in New York ends at 11:00 the next day in Vietnam; in Tokyo, two hours before midnight in Vietnam.
    [InlineData("America/New_York", "2026-09-18", false)]
    [InlineData("America/New_York", "2026-09-19", true)]
    [InlineData("Asia/Tokyo", "2026-09-18", true)]
    public void A_whole_day_is_over_when_it_is_over_at_its_place(string zone, string today, bool past)
    {
        var when = new EventTime(new LocalDate(2026, 9, 17).AtMidnight(), null, true, zone);

        Assert.Equal(past, when.IsPastOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_evening_event_in_New_York_is_still_to_come_on_the_morning_after_in_Vietnam()
    {
        // 20:00 on 17 September in New York is 07:00 on 18 September in Vietnam.
        var when = new EventTime(new LocalDateTime(2026, 9, 17, 20, 0), null, false, "America/New_York");

        Assert.False(when.IsPastOn(new DateOnly(2026, 9, 18)));
        Assert.True(when.IsPastOn(new DateOnly(2026, 9, 19)));
    }
}
