using System.Globalization;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;
using Scriban;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>The functions every template can call, bound to one page language.</summary>
internal static class TemplateFunctions
{
    /// <summary>
    /// A <c>script type="application/ld+json"</c> element holding <paramref name="data"/> (an object built in the
    /// template), which the page then depends on whole.
    /// </summary>
    private static RawHtml JsonLdElement(TemplateContext context, object? data)
    {
        ((HtmlTemplateContext)context).ReadWhole(data);
        return JsonLd.Element(data);
    }

    /// <summary>
    /// The values the schema allows in a field of a collection (or in each item of a list field), in the schema's
    /// order: a theme lists them without repeating the schema. Shared by every page, so read-only.
    /// </summary>
    private static SharedArray AllowedValues(TemplateContext context, string collection, string field)
    {
        var type = Collection.Find(collection) is { } found ? ContentSchemas.For(found).Find(field)?.Type : null;
        if (type is ListType list) type = list.Item;
        return type is ChoiceType choice
            ? new SharedArray(choice.Values)
            : throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan,
                $"allowed_values: the field '{field}' of '{collection}' is not one with a fixed set of values");
    }

    /// <summary>
    /// <c>t key</c> (UI string), <c>t_format key args...</c> (with {0}, {1}... filled in), <c>t_count key n</c> (its plural
    /// form for n), <c>t_in lang key</c> (in another language), <c>lang_attr code</c> (<c> lang="code"</c> when the code is not
    /// the page's language),
    /// <c>format_date</c>, <c>format_month year month</c>, <c>format_number</c>, <c>format_percent</c>, <c>format_usd_million</c>, <c>format_vnd_billion</c>,
    /// <c>format_area_ha</c>, <c>format_area_km2</c>, <c>format_population</c>, <c>format_indicative_usd vnd_billion</c> (the
    /// indicative US-dollar equivalent at the site's exchange rate, with the rate, its source and date; empty without a rate),
    /// <c>relative_url path</c>, <c>absolute_url path</c>, <c>list_url collection</c> (the address of a collection's list),
    /// <c>website_url website</c> (the link to an office's website),
    /// <c>entries collection</c>, <c>get_entry "collection/slug"</c>, <c>allowed_values collection field</c> (the
    /// values the schema allows in the field), <c>json_ld object</c> (structured data for search engines),
    /// <c>breadcrumb_list page.breadcrumbs</c> (the trail as a schema.org BreadcrumbList, for json_ld),
    /// <c>format_event_time when</c> (an event's day or days and times, see <see cref="EventTimeText"/>), <c>event_past when</c>
    /// (whether it was over before the day of the build), <c>event_calendar_url entry</c> (its .ics file; without an entry, the
    /// calendar of every event in the page's language),
    /// <c>procedure_total steps</c> (the total time of a procedure's steps, per unit: see <see cref="ProcedureTime"/>),
    /// <c>usd_million_chart title points label_field value_field</c> (a bar chart of amounts in millions of US dollars), and the
    /// list functions of <see cref="EntryLists"/>.
    /// </summary>
    public static ScriptObject For(string language, Theme theme, EntryViews views, EntryLists lists, SiteUrls urls,
        SiteConfig config, DiagnosticBag diagnostics)
    {
        var strings = theme.Strings;
        var formatter = Formatter.For(strings, language, diagnostics);

        var functions = new ScriptObject(StringComparer.Ordinal);
        void Add(string name, TemplateFunction function) => functions.SetValue(name, function, true);
        Add("t", TemplateFunction.Of<string, string>(key => strings.Get(language, key, diagnostics)));
        Add("t_count", TemplateFunction.Of<string, object?, string>((key, count) =>
        {
            var n = Convert.ToInt64(count ?? 0, CultureInfo.InvariantCulture);
            return strings.GetPlural(language, key, n, formatter.Number(n), diagnostics);
        }));
        Add("t_in", TemplateFunction.Of<string, string, string>((other, key) => strings.Get(other, key, diagnostics)));
        // A text in another language than the page's is marked so, for screen readers and fonts.
        Add("lang_attr", TemplateFunction.Of<object?, RawHtml>(code => new RawHtml(code is string other && other != language
            ? $" lang=\"{System.Net.WebUtility.HtmlEncode(other)}\""
            : "")));
        // {0}, {1}... are replaced one by one rather than with string.Format, so a stray brace in a translation cannot fail the build.
        string Fill(string key, object?[] args)
        {
            var text = strings.Get(language, key, diagnostics);
            for (var i = 0; i < args.Length; i++)
                text = text.Replace($"{{{i}}}", Convert.ToString(args[i], CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return text;
        }
        Add("t_format", TemplateFunction.WithRest<string, string>(Fill));
        Add("format_date", TemplateFunction.Of<object?, string>(value => value switch
        {
            DateTime date => formatter.Date(DateOnly.FromDateTime(date)),
            DateOnly date => formatter.Date(date),
            _ => "",
        }));
        Add("format_month", TemplateFunction.Of<object?, object?, string>((year, month) => year is null || month is null
            ? ""
            : formatter.Month(Convert.ToInt32(year, CultureInfo.InvariantCulture), Convert.ToInt32(month, CultureInfo.InvariantCulture))));
        // A missing figure is written as nothing, so that a template can test it and write its own mark.
        TemplateFunction Figure(Func<decimal, string> format) =>
            TemplateFunction.Of<object?, string>(value => value is null ? "" : format(Convert.ToDecimal(value, CultureInfo.InvariantCulture)));
        Add("format_number", Figure(formatter.Number));
        Add("format_percent", Figure(formatter.Percent));
        Add("format_area_ha", Figure(formatter.Hectares));
        Add("format_area_km2", Figure(formatter.SquareKilometres));
        Add("format_population", TemplateFunction.Of<object?, string>(value =>
            value is null ? "" : formatter.Population(Convert.ToInt64(value, CultureInfo.InvariantCulture))));
        Add("format_usd_million", Figure(formatter.UsdMillion));
        Add("format_vnd_billion", Figure(formatter.VndBillion));
        // The indicative US-dollar equivalent of billions of đồng at the site's exchange rate, or nothing without one.
        Add("format_indicative_usd", config.ExchangeRate is not { } rate ? Figure(_ => "") : Figure(billions =>
            Fill("project.indicative_usd", [formatter.UsdMillion(rate.UsdMillion(billions)), formatter.Number(rate.VndPerUsd),
                rate.Source.Resolve(language, config.DefaultLanguage.Code).Text, formatter.Date(rate.Date)])));
        Add("format_event_time", TemplateFunction.Of<object?, string>(value =>
            value is EventTime when ? EventTimeText.Format(when, formatter, Fill) : ""));
        // Whether an event was over before the day of the build.
        Add("event_past", TemplateFunction.Of<object?, bool>(value => value is EventTime when && when.IsPastOn(config.Today)));
        // The calendar file of one event, or of every event in the page's language.
        Add("event_calendar_url", TemplateFunction.InContext<object?, string>((context, value) => value switch
        {
            null => urls.Url(Publishing.EventCalendar.PathFor(language)),
            EntryView view when view.Key.Collection == Collection.Events => urls.Url(Publishing.EventCalendar.PathFor(language, view.Key)),
            _ => throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan,
                "event_calendar_url takes an event's entry, or nothing for the calendar of every event"),
        }));
        Add("relative_url", TemplateFunction.Of<string, string>(urls.Url));
        Add("list_url", TemplateFunction.InContext<string, string>((context, name) => Collection.Find(name) is { Listed: true } collection
            ? urls.Url(SiteUrls.ListPath(language, collection))
            : throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan,
                $"list_url has no collection '{name}': use one of {string.Join(", ", Collection.All.Where(c => c.Listed).Select(c => c.Name))}")));
        Add("json_ld", TemplateFunction.InContext<object?, RawHtml>(JsonLdElement));
        Add("breadcrumb_list", TemplateFunction.Of<object?, ScriptObject>(JsonLd.BreadcrumbList));
        Add("procedure_total", TemplateFunction.Of<object?, ScriptObject>(ProcedureTime.Total));
        Add("usd_million_chart", TemplateFunction.Of<string, object?, string, string, RawHtml>((title, points, labelField, valueField) =>
            BarChart.Svg(title, ((IEnumerable<object>?)points ?? []).OfType<ScriptObject>()
                .Where(p => p[valueField] is not null)
                .Select(p => (Convert.ToString(p[labelField], CultureInfo.InvariantCulture) ?? "",
                    Convert.ToDecimal(p[valueField], CultureInfo.InvariantCulture),
                    formatter.UsdMillion(Convert.ToDecimal(p[valueField], CultureInfo.InvariantCulture))))
                .ToArray())));
        Add("absolute_url", TemplateFunction.Of<string, string>(urls.Permalink));
        // An office's website may be written without its scheme (www.example.gov.vn), and is then linked over https.
        Add("website_url", TemplateFunction.Of<string, string>(website =>
            website.StartsWith("http", StringComparison.Ordinal) ? website : "https://" + website));
        Add("entries", TemplateFunction.InContext<string, ScriptArray>((context, name) =>
        {
            // A page that lists a collection changes with any of its entries, and with their order.
            if (Collection.Find(name) is { } collection) (context as HtmlTemplateContext)?.Dependencies?.List(collection);
            return views.ByCollection.GetValueOrDefault(name) ?? [];
        }));
        Add("get_entry", TemplateFunction.Of<string, ScriptObject?>(views.Find));
        Add("allowed_values", TemplateFunction.InContext<string, string, SharedArray>(AllowedValues));
        lists.AddTo(functions);
        return functions;
    }
}
