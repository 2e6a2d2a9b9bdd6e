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
        var html = (HtmlTemplateContext)context;
        html.ReadWhole(data);
        return html.JsonLd.Element(data);
    }

    /// <summary>
    /// <c>allowed_values collection field</c>: the values the schema allows in a field of a collection (or in each item
    /// of a list field), in the schema's order, so that a theme lists them without repeating the schema. Each list is
    /// made once for the renderer (whose pages are rendered one at a time) and shared by its pages, so read-only.
    /// </summary>
    private static TemplateFunction AllowedValues()
    {
        var made = new Dictionary<ChoiceType, SharedArray>();
        return TemplateFunction.InContext<string, string, SharedArray>((context, collection, field) =>
        {
            var type = Collection.Find(collection) is { } found ? ContentSchemas.For(found).Find(field)?.Type : null;
            if (type is ListType list) type = list.Item;
            if (type is not ChoiceType choice)
                throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan,
                    $"allowed_values: the field '{field}' of '{collection}' is not one with a fixed set of values");
            if (!made.TryGetValue(choice, out var values)) made[choice] = values = new SharedArray(choice.Values);
            return values;
        });
    }

    /// <summary>
    /// <c>t key</c> (UI string), <c>t_format key args...</c> (with {0}, {1}... filled in), <c>t_count key n</c> (its
    /// plural form for n), <c>t_in lang key</c> (in another language), <c>lang_attr code</c> (<c> lang="code"</c> when
    /// the code is not the page's language), <c>format_date</c>, <c>format_month year month</c>, <c>format_number</c>,
    /// <c>format_percent</c>, <c>format_usd_million</c>, <c>format_vnd_billion</c>, <c>format_area_ha</c>,
    /// <c>format_area_km2</c>, <c>format_population</c>, <c>format_indicative_usd vnd_billion</c> (the indicative
    /// US-dollar equivalent at the site's exchange rate, with the rate, its source and date; empty without a rate),
    /// <c>relative_url path</c>, <c>absolute_url path</c>, <c>list_url collection</c> (the address of a collection's
    /// list), <c>website_url website</c> (the link to an office's website), <c>entries collection</c>, <c>get_entry
    /// "collection/slug"</c>, <c>allowed_values collection field</c> (the values the schema allows in the field),
    /// <c>json_ld object</c> (structured data for search engines), <c>breadcrumb_list page.breadcrumbs</c> (the trail
    /// as a schema.org BreadcrumbList, for json_ld), <c>format_event_time when</c> (an event's day or days and times,
    /// see <see cref="EventTimeText"/>), <c>event_past when</c> (whether it was over before the day of the build),
    /// <c>event_calendar_url entry</c> (its .ics file; without an entry, the calendar of every event in the page's
    /// language), <c>procedure_total steps</c> (the total time of a procedure's steps, per unit: see
    /// <see cref="ProcedureTime"/>), <c>usd_million_chart title points label_field value_field</c> (a bar chart of
    /// amounts in millions of US dollars), and the list functions of <see cref="EntryLists"/>.
    /// </summary>
    public static ScriptObject For(string language, Theme theme, EntryViews views, EntryLists lists, SiteUrls urls,
        SiteConfig config, DiagnosticBag diagnostics)
    {
        var strings = theme.Strings;
        var formatter = Formatter.For(strings, language, diagnostics);

        var functions = new ScriptObject(StringComparer.Ordinal);
        void Add(string name, TemplateFunction function) => functions.SetValue(name, function, true);
        // {0}, {1}... are replaced one by one rather than with string.Format, so a stray brace in a translation cannot
        // fail the build.
        string Fill(string key, object?[] args)
        {
            var text = strings.Get(language, key, diagnostics);
            for (var i = 0; i < args.Length; i++)
                text = text.Replace($"{{{i}}}", Convert.ToString(args[i], CultureInfo.InvariantCulture),
                    StringComparison.Ordinal);
            return text;
        }
        AddTexts(Add, strings, language, formatter, Fill, diagnostics);
        AddFigures(Add, formatter, config, language, Fill);
        AddEvents(Add, formatter, config, urls, language, Fill);
        AddAddresses(Add, urls, language);
        AddData(Add, views, formatter);
        lists.AddTo(functions);
        return functions;
    }

    // The theme's strings: t, t_count, t_in, lang_attr, t_format.
    private static void AddTexts(Action<string, TemplateFunction> add, UiStrings strings, string language,
        Formatter formatter, Func<string, object?[], string> fill, DiagnosticBag diagnostics)
    {
        add("t", TemplateFunction.Of<string, string>(key => strings.Get(language, key, diagnostics)));
        add("t_count", TemplateFunction.Of<string, object?, string>((key, count) =>
        {
            var n = Convert.ToInt64(count ?? 0, CultureInfo.InvariantCulture);
            return strings.GetPlural(language, key, n, formatter.Number(n), diagnostics);
        }));
        add("t_in", TemplateFunction.Of<string, string, string>((other, key) => strings.Get(other, key, diagnostics)));
        // A text in another language than the page's is marked so, for screen readers and fonts.
        add("lang_attr", TemplateFunction.Of<object?, RawHtml>(code =>
            new RawHtml(code is string other && other != language
                ? $" lang=\"{System.Net.WebUtility.HtmlEncode(other)}\""
                : "")));
        add("t_format", TemplateFunction.WithRest<string, string>(fill));
    }

    // Dates and figures in the page's language: format_date, format_month, format_number and the other format_
    // functions.
    private static void AddFigures(Action<string, TemplateFunction> add, Formatter formatter, SiteConfig config,
        string language, Func<string, object?[], string> fill)
    {
        add("format_date", TemplateFunction.Of<object?, string>(value => value switch
        {
            DateTime date => formatter.Date(DateOnly.FromDateTime(date)),
            DateOnly date => formatter.Date(date),
            _ => "",
        }));
        add("format_month", TemplateFunction.Of<object?, object?, string>((year, month) => year is null || month is null
            ? ""
            : formatter.Month(Convert.ToInt32(year, CultureInfo.InvariantCulture),
                Convert.ToInt32(month, CultureInfo.InvariantCulture))));
        // A missing figure is written as nothing, so that a template can test it and write its own mark.
        TemplateFunction Figure(Func<decimal, string> format) =>
            TemplateFunction.Of<object?, string>(value =>
                value is null ? "" : format(Convert.ToDecimal(value, CultureInfo.InvariantCulture)));
        add("format_number", Figure(formatter.Number));
        add("format_percent", Figure(formatter.Percent));
        add("format_area_ha", Figure(formatter.Hectares));
        add("format_area_km2", Figure(formatter.SquareKilometres));
        add("format_population", TemplateFunction.Of<object?, string>(value =>
            value is null ? "" : formatter.Population(Convert.ToInt64(value, CultureInfo.InvariantCulture))));
        add("format_usd_million", Figure(formatter.UsdMillion));
        add("format_vnd_billion", Figure(formatter.VndBillion));
        // The indicative US-dollar equivalent of billions of đồng at the site's exchange rate, or nothing without one.
        add("format_indicative_usd", config.ExchangeRate is not { } rate ? Figure(_ => "") : Figure(billions =>
            fill("project.indicative_usd", [formatter.UsdMillion(rate.UsdMillion(billions)),
                formatter.Number(rate.VndPerUsd), rate.Source.Resolve(language, config.DefaultLanguage.Code).Text,
                formatter.Date(rate.Date)])));
    }

    // Events: format_event_time, event_past, event_calendar_url.
    private static void AddEvents(Action<string, TemplateFunction> add, Formatter formatter, SiteConfig config,
        SiteUrls urls, string language, Func<string, object?[], string> fill)
    {
        add("format_event_time", TemplateFunction.Of<object?, string>(value =>
            value is EventTime when ? EventTimeText.Format(when, formatter, fill) : ""));
        // Whether an event was over before the day of the build.
        add("event_past",
            TemplateFunction.Of<object?, bool>(value => value is EventTime when && when.IsPastOn(config.Today)));
        // The calendar file of one event, or of every event in the page's language.
        add("event_calendar_url", TemplateFunction.InContext<object?, string>((context, value) => value switch
        {
            null => urls.Url(Publishing.EventCalendar.PathFor(language)),
            EntryView view when view.Key.Collection == Collection.Events =>
                urls.Url(Publishing.EventCalendar.PathFor(language, view.Key)),
            _ => throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan,
                "event_calendar_url takes an event's entry, or nothing for the calendar of every event"),
        }));
    }

    // Addresses: relative_url, list_url, absolute_url, website_url.
    private static void AddAddresses(Action<string, TemplateFunction> add, SiteUrls urls, string language)
    {
        add("relative_url", TemplateFunction.Of<string, string>(urls.Url));
        add("list_url", TemplateFunction.InContext<string, string>((context, name) =>
            Collection.Find(name) is { Listed: true } collection
                ? urls.Url(SiteUrls.ListPath(language, collection))
                : throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan,
                    $"list_url has no collection '{name}': use one of " +
                    $"{string.Join(", ", Collection.All.Where(c => c.Listed).Select(c => c.Name))}")));
        add("absolute_url", TemplateFunction.Of<string, string>(urls.Permalink));
        add("website_url", TemplateFunction.Of<string, string>(UrlPolicy.WebsiteLink));
    }

    // Data for the page: json_ld, breadcrumb_list, procedure_total, usd_million_chart, entries, get_entry,
    // allowed_values.
    private static void AddData(Action<string, TemplateFunction> add, EntryViews views, Formatter formatter)
    {
        add("json_ld", TemplateFunction.InContext<object?, RawHtml>(JsonLdElement));
        add("breadcrumb_list", TemplateFunction.Of<object?, ScriptObject>(JsonLd.BreadcrumbList));
        add("procedure_total", TemplateFunction.Of<object?, ScriptObject>(ProcedureTime.Total));
        add("usd_million_chart", TemplateFunction.Of<string, object?, string, string, RawHtml>(
            (title, points, labelField, valueField) =>
                BarChart.Svg(title, ((IEnumerable<object>?)points ?? []).OfType<ScriptObject>()
                    .Where(p => p[valueField] is not null)
                    .Select(p => (Convert.ToString(p[labelField], CultureInfo.InvariantCulture) ?? "",
                        Convert.ToDecimal(p[valueField], CultureInfo.InvariantCulture),
                        formatter.UsdMillion(Convert.ToDecimal(p[valueField], CultureInfo.InvariantCulture))))
                    .ToArray())));
        add("entries", TemplateFunction.InContext<string, ScriptArray>((context, name) =>
        {
            // A page that lists a collection changes with any of its entries, and with their order.
            if (Collection.Find(name) is { } collection)
                (context as HtmlTemplateContext)?.Dependencies?.List(collection);
            return views.ByCollection.GetValueOrDefault(name) ?? [];
        }));
        add("get_entry", TemplateFunction.Of<string, ScriptObject?>(views.Find));
        add("allowed_values", AllowedValues());
    }
}
