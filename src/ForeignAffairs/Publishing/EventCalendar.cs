using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The events as iCalendar (RFC 5545) files that a reader adds to the calendar they use: one per event and language,
/// <c>/&lt;lang&gt;/events/&lt;slug&gt;/event.ics</c>, and the calendar of every event in one language,
/// <c>/&lt;lang&gt;/events/calendar.ics</c>, which a calendar can subscribe to. Times are written in UTC, so that no
/// calendar has to know the place's time zone; whole days stay whole days.
/// </summary>
internal static class EventCalendar
{
    /// <summary>The name of an event's own file, in the folder of its page.</summary>
    public const string FileName = "event.ics";

    /// <summary>Where the calendar of every event in <paramref name="language"/> is published.</summary>
    public static string PathFor(string language) => SiteUrls.ListPath(language, Collection.Events) + "calendar.ics";

    /// <summary>Where the file of <paramref name="key"/>'s event in <paramref name="language"/> is published.</summary>
    public static string PathFor(string language, EntryKey key) => SiteUrls.EntryPath(language, key) + FileName;

    /// <summary>
    /// The calendar of every event in each language, and each event's own file; none without events. An example
    /// (<c>example: true</c>) has neither: a reader's calendar would hold an invented event with nothing to say so.
    /// </summary>
    internal static IEnumerable<PublishedDocument> For(Site site)
    {
        var events = site.In(Collection.Events)
            .Where(e => e.Fields.GetValueOrDefault("example") is not true)
            .OrderBy(e => EventTime.Of(e).StartOffset)
            .ThenBy(e => e.Key.Slug, StringComparer.Ordinal)
            .ToArray();
        if (events.Length == 0) yield break;
        var urls = new SiteUrls(site.Config);
        foreach (var language in site.Config.LanguageCodes)
        {
            yield return Document(PathFor(language), site.Config, language,
                events.Select(e => Event(e, site.Config, urls, language)), subscribed: true);
            foreach (var entry in events)
                yield return Document(PathFor(language, entry.Key), site.Config, language,
                    [Event(entry, site.Config, urls, language)], subscribed: false);
        }
    }

    // A calendar that readers subscribe to is named, and asks to be fetched again daily, as the site is built.
    private static PublishedDocument Document(string path, SiteConfig config, string language,
        IEnumerable<CalendarEvent> events, bool subscribed)
    {
        var calendar = new Calendar
        {
            ProductId = $"-//ForeignAffairs//{config.BaseUrl.Host}//{language.ToUpperInvariant()}",
            Method = "PUBLISH",
        };
        if (subscribed)
        {
            calendar.AddProperty("X-WR-CALNAME", config.Title.Resolve(language, config.DefaultLanguage.Code).Text);
            var refresh = new CalendarProperty("REFRESH-INTERVAL", "P1D");
            refresh.Parameters.Add("VALUE", "DURATION");
            calendar.Properties.Add(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", "P1D");
        }
        foreach (var item in events) calendar.Events.Add(item);
        return new PublishedDocument(path,
            Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? ""));
    }

    private static CalendarEvent Event(Entry entry, SiteConfig config, SiteUrls urls, string language)
    {
        var defaultLanguage = config.DefaultLanguage.Code;
        var when = EventTime.Of(entry);
        var page = urls.Permalink(SiteUrls.EntryPath(language, entry.Key));
        var summary = entry.Summary?.Resolve(language, defaultLanguage).Text;
        var item = new CalendarEvent
        {
            // The same event has the same identifier in every language, so that a calendar holding two of them knows
            // it; the site's path keeps two sites on one host (project sites on github.io) apart.
            Uid = $"{entry.Key.Collection.Name}-{entry.Key.Slug}@{config.BaseUrl.Host}{config.BasePath.TrimEnd('/')}",
            // Stamped with the day of the build rather than the time, so that a build on a given day gives the same
            // bytes.
            DtStamp = new CalDateTime(config.Today.Year, config.Today.Month, config.Today.Day, 0, 0, 0, "UTC"),
            Summary = entry.Title.Resolve(language, defaultLanguage).Text,
            Location = Text(entry, "place", language, defaultLanguage),
            Description = summary is null ? page : $"{summary}\n\n{page}",
            Url = new Uri(page),
            DtStart = when.AllDay ? Day(when.StartDate) : Utc(when.StartOffset),
        };
        if (when.AllDay) item.DtEnd = Day(when.LastDate.AddDays(1));
        else if (when.EndOffset is { } end) item.DtEnd = Utc(end);
        return item;
    }

    private static string? Text(Entry entry, string field, string language, string defaultLanguage) =>
        (entry.Fields.GetValueOrDefault(field) as LocalizedText)?.Resolve(language, defaultLanguage).Text;

    private static CalDateTime Utc(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC");
    }

    // A whole day; an all-day event's end is the day after its last, as iCalendar counts it.
    private static CalDateTime Day(DateOnly day) => new(day.Year, day.Month, day.Day);
}
