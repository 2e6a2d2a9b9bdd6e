using ForeignAffairs.Content;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The events of one language split at the day of the build: <c>upcoming_events</c>, soonest first, and
/// <c>past_events</c>, the latest first, made once per language rather than by a loop over every event on every page
/// that shows them. A page that shows either depends on the whole list of events, as their list page does.
/// </summary>
internal sealed class EventLists
{
    private readonly SharedArray _upcoming;
    private readonly SharedArray _past;

    public EventLists(Site site, EntryViews views)
    {
        var byPast = site.In(Collection.Events).Select(e => (Entry: e, When: EventTime.Of(e)))
            .ToLookup(e => e.When.IsPastOn(site.Config.Today));
        _upcoming = new SharedArray(byPast[false]
            .OrderBy(e => e.When.StartOffset).ThenBy(e => e.Entry.Key.Slug, StringComparer.Ordinal)
            .Select(e => views[e.Entry.Key]));
        _past = new SharedArray(byPast[true]
            .OrderByDescending(e => e.When.StartOffset).ThenBy(e => e.Entry.Key.Slug, StringComparer.Ordinal)
            .Select(e => views[e.Entry.Key]));
    }

    /// <summary>Adds <c>upcoming_events</c> and <c>past_events</c> to <paramref name="functions"/>.</summary>
    public void AddTo(ScriptObject functions)
    {
        functions.SetValue("upcoming_events", Listing(_upcoming), true);
        functions.SetValue("past_events", Listing(_past), true);
    }

    private static TemplateFunction Listing(SharedArray events) => TemplateFunction.InContext<ScriptArray>(context =>
    {
        (context as HtmlTemplateContext)?.Dependencies?.List(Collection.Events);
        return events;
    });
}
