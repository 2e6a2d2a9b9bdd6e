using System.Text.Json.Nodes;
using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;
using Ical.Net.CalendarComponents;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Events: a list per language of those to come, soonest first, and of those past, the latest first, split at the day
/// of the build; a page per event with its time on the clock of its place; an iCalendar file per event and a calendar
/// of all of them per language; and Event structured data for real events.
/// </summary>
public sealed class EventTests(EventSite site) : IClassFixture<EventSite>
{
    private static string[] Titles(IDocument page, string section) =>
        page.QuerySelectorAll($"section[aria-labelledby='{section}'] .event-title a")
            .Select(a => a.TextContent).ToArray();

    [Fact]
    public void The_list_shows_events_to_come_soonest_first_and_past_events_after_them()
    {
        var page = site.Built.Page("en/events/index.html");

        // An event on the day of the build is still to come; one that ended the day before is past.
        Assert.Equal(["Osaka seminar", "Investment fair", "Demo seminar"], Titles(page, "ui-upcoming-heading"));
        Assert.Equal(["Business forum"], Titles(page, "ui-past-heading"));
    }

    [Fact]
    public void Which_events_are_past_follows_the_day_of_the_build()
    {
        var output = site.Copy.PathOf("output-later");
        var result = SiteBuilder.Build(new BuildOptions(site.Copy.Root, output) { Today = new DateOnly(2026, 7, 2) });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new BuiltSite(output, result).Page("en/events/index.html");

        Assert.Empty(Titles(page, "ui-upcoming-heading"));
        Assert.Equal(["Demo seminar", "Investment fair", "Osaka seminar", "Business forum"],
            Titles(page, "ui-past-heading"));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby='ui-upcoming-heading'] p.notice"));
    }

    [Theory]
    [InlineData("en", "osaka-seminar", "17 May 2026, 14:00–17:00 (UTC+9)", "2026-05-17T14:00:00+09:00")]
    [InlineData("ja", "osaka-seminar", "2026年5月17日 14:00～17:00（UTC+9）", "2026-05-17T14:00:00+09:00")]
    [InlineData("ko", "osaka-seminar", "2026년 5월 17일 14:00~17:00(UTC+9)", "2026-05-17T14:00:00+09:00")]
    [InlineData("en", "fair", "2 June 2026 – 4 June 2026", "2026-06-02")]
    [InlineData("ja", "forum", "2026年5月16日", "2026-05-16")]
    public void An_event_page_gives_its_time_on_the_clock_of_its_place(string language, string slug, string text,
        string datetime)
    {
        var time = site.Built.Page($"{language}/events/{slug}/index.html").QuerySelector(".detail-grid time")!;

        Assert.Equal(text, time.TextContent);
        Assert.Equal(datetime, time.GetAttribute("datetime"));
    }

    [Fact]
    public void A_past_event_says_so_and_offers_no_registration()
    {
        var past = site.Built.Page("en/events/forum/index.html");
        var coming = site.Built.Page("en/events/osaka-seminar/index.html");

        Assert.Contains(past.QuerySelectorAll("p.notice"), p => p.TextContent == "This event has taken place.");
        Assert.DoesNotContain(coming.QuerySelectorAll("p.notice"), p => p.TextContent == "This event has taken place.");
        Assert.Equal("https://www.example.org/register",
            coming.QuerySelector(".entry-aside a.button-solid")!.GetAttribute("href"));
        var languages = coming.QuerySelectorAll(".detail-grid > div")
            .Single(d => d.QuerySelector("dt")!.TextContent == "Languages");
        Assert.Equal("Japanese, Vietnamese", languages.QuerySelector("dd")!.TextContent);
    }

    [Fact]
    public void Each_event_has_a_calendar_file_that_its_page_links_to()
    {
        var page = site.Built.Page("ja/events/osaka-seminar/index.html");
        var href = page.QuerySelector("a[href$='.ics']")!.GetAttribute("href")!;
        Assert.EndsWith("/ja/events/osaka-seminar/event.ics", href);

        var calendar = Ical.Net.Calendar.Load(site.Text("ja/events/osaka-seminar/event.ics"))!;
        var seminar = Assert.Single(calendar.Events);
        Assert.Equal("大阪セミナー", seminar.Summary);
        Assert.Equal("大阪", seminar.Location);
        // 14:00 to 17:00 in Osaka is 05:00 to 08:00 UTC.
        Assert.Equal(new DateTime(2026, 5, 17, 5, 0, 0, DateTimeKind.Utc), seminar.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 5, 17, 8, 0, 0, DateTimeKind.Utc), seminar.DtEnd!.AsUtc);
        Assert.Equal(new Uri("https://invest.example.org/ja/events/osaka-seminar/"), seminar.Url);
    }

    [Fact]
    public void A_whole_day_event_stays_whole_days_in_the_calendar()
    {
        var fair = Assert.Single(Ical.Net.Calendar.Load(site.Text("en/events/fair/event.ics"))!.Events);

        Assert.False(fair.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 6, 2), fair.DtStart.Date);
        // iCalendar's end of whole days is the day after the last.
        Assert.Equal(new DateOnly(2026, 6, 5), fair.DtEnd!.Date);
    }

    [Theory]
    [InlineData("en", "Business forum", "Osaka seminar", "Investment fair")]
    [InlineData("ko", "비즈니스 포럼", "오사카 세미나", "투자 박람회")]
    public void The_calendar_of_a_language_holds_every_real_event_in_order_with_the_same_identifiers_in_every_language(
        string language, string first, string second, string third)
    {
        CalendarEvent[] Events(string code) =>
            Ical.Net.Calendar.Load(site.Text($"{code}/events/calendar.ics"))!.Events.ToArray();

        // The example is left out: nothing in a reader's calendar would say it was invented.
        var events = Events(language);
        Assert.Equal([first, second, third], events.Select(e => e.Summary));
        Assert.Equal(events.Select(e => e.Uid), Events("ja").Select(e => e.Uid));
        Assert.Equal(3, events.Select(e => e.Uid).Distinct().Count());
        Assert.EndsWith("/events/calendar.ics",
            site.Built.Page($"{language}/events/index.html")
                .QuerySelector(".calendar-subscribe a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_calendar_built_again_on_the_same_day_is_the_same_file()
    {
        var output = site.Copy.PathOf("output-again");
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Copy.Root, output) { Today = EventSite.Today }).Succeeded);

        Assert.Equal(site.Text("en/events/calendar.ics"),
            File.ReadAllText(Path.Combine(output, "en/events/calendar.ics")));
    }

    [Fact]
    public void A_real_event_is_described_to_search_engines_and_an_example_is_not()
    {
        JsonNode[] Events(string slug) => site.Built.Page($"en/events/{slug}/index.html")
            .QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonNode.Parse(s.TextContent)!)
            .Where(j => (string?)j["@type"] == "Event").ToArray();

        var seminar = Assert.Single(Events("osaka-seminar"));
        Assert.Equal("Osaka seminar", (string?)seminar["name"]);
        Assert.Equal("2026-05-17T14:00:00+09:00", (string?)seminar["startDate"]);
        Assert.Equal("2026-05-17T17:00:00+09:00", (string?)seminar["endDate"]);
        Assert.Equal("Osaka", (string?)seminar["location"]!["name"]);
        Assert.Empty(Events("demo"));
    }

    [Fact]
    public void The_events_of_a_province_are_on_its_page_and_upcoming_events_on_the_home_page()
    {
        var province = site.Built.Page("en/provinces/bac-ninh/index.html");
        var home = site.Built.Page("en/index.html");

        Assert.Equal(["Osaka seminar", "Investment fair", "Demo seminar"],
            home.QuerySelectorAll("section[aria-labelledby='ui-home-events'] .event-title a")
                .Select(a => a.TextContent));
        Assert.Equal(["Business forum"],
            province.QuerySelectorAll("section[aria-labelledby='ui-province-events'] .event-title a")
                .Select(a => a.TextContent));
    }
}

/// <summary>An invented example event has no calendar file, and its page says so instead of offering one.</summary>
public sealed class ExampleEventTests(EventSite site) : IClassFixture<EventSite>
{
    [Fact]
    public void An_example_has_no_calendar_file_and_its_page_says_why()
    {
        var page = site.Built.Page("en/events/demo/index.html");

        Assert.False(site.Built.Has("en/events/demo/event.ics"));
        Assert.Null(page.QuerySelector("a[href$='.ics']"));
        Assert.Equal("An example has no calendar file: an invented event should not reach anyone's calendar.",
            page.QuerySelector(".entry-aside p.muted")!.TextContent);
        Assert.Equal("Example event", page.QuerySelector("[data-example-label]")!.TextContent);
    }
}
