using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The list work templates would otherwise do by looping over whole collections on every page: sorting, leaving one
/// entry out, counting. Done in C#, and sorting once per list and language, a page costs the same with 10 projects as
/// with 10,000.
/// <list type="bullet">
/// <item><c>newest list</c>: the entries newest first, by date (as <c>array.sort list "date" |
/// array.reverse</c>).</item>
/// <item><c>others list entry count</c>: the first <c>count</c> entries of the list other than <c>entry</c>.</item>
/// <item><c>count_where list field value</c>: how many entries have <c>value</c> in <c>fields[field]</c>.</item>
/// <item><c>distinct_values list field</c>: the different values of <c>fields[field]</c> (each item of a list field),
/// in the order they first appear: the provinces of a sector's projects.</item>
/// <item><c>entries_with list field value</c>: the entries whose <c>fields[field]</c> is <c>value</c> or a list holding
/// it.</item>
/// <item><c>sort_text list</c>: texts in the order of their characters (ordinal), the same on every machine.</item>
/// </list>
/// Each notes what a template doing the same work would have read, so that rebuilds render the page again when it
/// changes.
/// </summary>
internal sealed class EntryLists
{
    private const string DateMember = "date";
    private const string FieldsMember = "fields";

    // Lists are shared by every page of a language, and so are their sorted copies, from any thread.
    private readonly ConditionalWeakTable<object, SharedArray> _newest = [];

    public void AddTo(ScriptObject functions)
    {
        functions.SetValue("newest", TemplateFunction.InContext<object?, ScriptArray>(Newest), true);
        functions.SetValue("others", TemplateFunction.InContext<object?, object?, object?, ScriptArray>(Others), true);
        functions.SetValue("count_where", TemplateFunction.InContext<object?, string, object?, long>(CountWhere), true);
        functions.SetValue("distinct_values",
            TemplateFunction.InContext<object?, string, ScriptArray>(DistinctValues), true);
        functions.SetValue("entries_with",
            TemplateFunction.InContext<object?, string, object?, ScriptArray>(EntriesWith), true);
        functions.SetValue("sort_text", TemplateFunction.Of<object?, ScriptArray>(SortText), true);
    }

    private ScriptArray Newest(TemplateContext context, object? list)
    {
        if (list is not IEnumerable items) return new ScriptArray();
        var dependencies = (context as HtmlTemplateContext)?.Dependencies;
        if (dependencies is not null)
            foreach (var view in items.OfType<EntryView>()) dependencies.Read(view.Key, DateMember);
        return _newest.GetValue(list, _ => Sorted(items));
    }

    // Sorted as Scriban's array.sort sorts (a stable sort by the default comparer of the values), then reversed, so
    // that entries with the same date keep the order they have always had on the site. Entries' dates are days or
    // nothing, compared as numbers; the preview sorts each language's 10,000 projects again after every edit.
    private static SharedArray Sorted(IEnumerable items)
    {
        var list = items.Cast<object?>().ToList();
        var keys = new (long Date, int Index)[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            switch (list[i] is ScriptObject view ? view[DateMember] : null)
            {
                case DateTime date: keys[i] = (date.Ticks, i); break;
                case null: keys[i] = (long.MinValue, i); break;
                default: return new SharedArray(ByValue(list));
            }
        }
        // Ascending by date and then by place is the stable sort; read backwards, it is the stable sort reversed.
        Array.Sort(keys);
        var newest = new List<object?>(keys.Length);
        for (var i = keys.Length - 1; i >= 0; i--) newest.Add(list[keys[i].Index]);
        return new SharedArray(newest);
    }

    // A list whose dates are not all days or nothing (a theme's own list of objects): by the default comparer.
    private static List<object?> ByValue(List<object?> list)
    {
        var sorted = list
            .OrderBy(item => item is ScriptObject view ? view[DateMember] : null, Comparer<object?>.Default).ToList();
        sorted.Reverse();
        return sorted;
    }

    private static ScriptArray Others(TemplateContext context, object? list, object? entry, object? count)
    {
        var limit = count is null
            ? int.MaxValue
            : Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture);
        var result = new ScriptArray();
        if (list is not IEnumerable items || limit <= 0) return result;
        foreach (var item in items)
        {
            if (ReferenceEquals(item, entry)
                || (item is EntryView view && entry is EntryView other && view.Key == other.Key)) continue;
            result.Add(item);
            if (result.Count == limit) break;
        }
        return result;
    }

    private static long CountWhere(TemplateContext context, object? list, string field, object? value) =>
        FieldValues(context, list, field).LongCount(item => Same(item.Value, value));

    private static ScriptArray DistinctValues(TemplateContext context, object? list, string field)
    {
        var seen = new HashSet<object>();
        var result = new ScriptArray();
        foreach (var (_, value) in FieldValues(context, list, field))
            foreach (var item in value is ScriptArray values ? values : Enumerable.Repeat(value, 1))
                if (item is not null && seen.Add(item)) result.Add(item);
        return result;
    }

    private static ScriptArray EntriesWith(TemplateContext context, object? list, string field, object? wanted)
    {
        var result = new ScriptArray();
        foreach (var (entry, value) in FieldValues(context, list, field))
            if (value is ScriptArray values ? values.Any(item => Same(item, wanted)) : Same(value, wanted))
                result.Add(entry);
        return result;
    }

    private static ScriptArray SortText(object? list) =>
        new(((list as IEnumerable)?.Cast<object?>() ?? [])
            .Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "")
            .Order(StringComparer.Ordinal));

    // Each entry of a list with the value of one of its fields, noting that the page read the entry's fields.
    private static IEnumerable<(ScriptObject Entry, object? Value)> FieldValues(TemplateContext context, object? list,
        string field)
    {
        if (list is not IEnumerable items) yield break;
        var dependencies = (context as HtmlTemplateContext)?.Dependencies;
        foreach (var item in items)
        {
            if (item is EntryView view) dependencies?.Read(view.Key, FieldsMember);
            if (item is ScriptObject entry && entry[FieldsMember] is ScriptObject fields)
                yield return (entry, fields[field]);
        }
    }

    // A number written in a template (an int) equals the same number in a field (a long or a decimal).
    private static bool Same(object? a, object? b) =>
        a is IConvertible and not (string or bool or char or DateTime)
        && b is IConvertible and not (string or bool or char or DateTime)
            ? Convert.ToDecimal(a, System.Globalization.CultureInfo.InvariantCulture)
                == Convert.ToDecimal(b, System.Globalization.CultureInfo.InvariantCulture)
            : Equals(a, b);
}
