using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>The functions every template can call, bound to one page language.</summary>
internal static class TemplateFunctions
{
    /// <summary>
    /// <c>t key</c> (UI string), <c>format_date</c>, <c>format_number</c>, <c>format_usd_million</c>, <c>relative_url path</c>,
    /// <c>absolute_url path</c>, <c>entries collection</c> and <c>get_entry "collection/slug"</c>.
    /// </summary>
    public static ScriptObject For(string language, Theme theme, EntryViews views, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var strings = theme.Strings;
        var formatter = new Formatter(language, name => strings.Has(language, $"format.{name}") ? strings.Get(language, $"format.{name}", diagnostics) : null);

        var functions = new ScriptObject();
        functions.Import("t", new Func<string, string>(key => strings.Get(language, key, diagnostics)));
        functions.Import("format_date", new Func<object?, string>(value => value switch
        {
            DateTime date => formatter.Date(DateOnly.FromDateTime(date)),
            DateOnly date => formatter.Date(date),
            _ => "",
        }));
        functions.Import("format_number", new Func<object?, string>(value => value is null ? "" : formatter.Number(Convert.ToDecimal(value))));
        functions.Import("format_percent", new Func<object?, string>(value => value is null ? "" : formatter.Percent(Convert.ToDecimal(value))));
        functions.Import("format_usd_million", new Func<object?, string>(value => value is null ? "" : formatter.UsdMillion(Convert.ToDecimal(value))));
        functions.Import("relative_url", new Func<string, string>(urls.Url));
        functions.Import("absolute_url", new Func<string, string>(urls.Permalink));
        functions.Import("entries", new Func<string, ScriptArray>(collection => views.ByCollection.GetValueOrDefault(collection) ?? []));
        functions.Import("get_entry", new Func<string, ScriptObject?>(views.Find));
        return functions;
    }
}
