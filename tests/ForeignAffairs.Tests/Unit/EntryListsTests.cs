using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Runtime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The list functions templates call instead of looping over whole collections: they give what the loops gave, so that
/// a theme moved to them renders the same pages.
/// </summary>
public sealed class EntryListsTests
{
    // Forty entries on three dates: many share a date, as news of one day or projects published together do.
    private static readonly ScriptArray Items = new(Enumerable.Range(0, 40).Select(n => new ScriptObject
    {
        ["n"] = n,
        ["date"] = new DateTime(2025, 1, 1).AddDays(n * 7 % 3),
        ["fields"] = new ScriptObject
        {
            ["status"] = n % 4 == 0 ? "open" : "closed",
            ["investment_usd_million"] = (decimal)(n % 5),
        },
    }));

    private static string Render(string template) => Render(template, "items", Items);

    private static string Render(string template, string name, ScriptArray list)
    {
        var functions = new ScriptObject();
        new EntryLists().AddTo(functions);
        var context = new TemplateContext();
        context.PushGlobal(functions);
        context.PushGlobal(new ScriptObject { [name] = list });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void Newest_orders_as_array_sort_by_date_then_reverse_does_entries_of_the_same_date_included()
    {
        var newest = Render("{{ for i in (newest items) }}{{ i.n }},{{ end }}");
        var sorted = Render("{{ for i in (array.sort items \"date\" | array.reverse) }}{{ i.n }},{{ end }}");

        Assert.Equal(sorted, newest);
        Assert.Equal(40, newest.Split(',', StringSplitOptions.RemoveEmptyEntries).Distinct().Count());
    }

    [Fact]
    public void Newest_orders_entries_without_a_date_and_dates_of_other_kinds_as_array_sort_then_reverse_does()
    {
        // Entries without a date come first in array.sort; a theme's own list may hold its dates as text.
        var undated = new ScriptArray(Enumerable.Range(0, 12).Select(n => new ScriptObject
            { ["n"] = n, ["date"] = n % 3 == 0 ? null : new DateTime(2024, 6, 1).AddDays(n % 2) }));
        var written = new ScriptArray(Enumerable.Range(0, 12).Select(n => new ScriptObject
            { ["n"] = n, ["date"] = $"2024-0{n % 4 + 1}-01" }));
        foreach (var list in new[] { undated, written })
        {
            var newest = Render("{{ for i in (newest items) }}{{ i.n }},{{ end }}", "items", list);
            Assert.Equal(Render("{{ for i in (array.sort items \"date\" | array.reverse) }}{{ i.n }},{{ end }}",
                "items", list), newest);
            Assert.Equal(12, newest.Split(',', StringSplitOptions.RemoveEmptyEntries).Distinct().Count());
        }
    }

    [Fact]
    public void Others_leaves_out_the_entry_and_stops_at_the_count()
    {
        Assert.Equal("1,2,3,", Render("{{ for i in (others items items[0] 3) }}{{ i.n }},{{ end }}"));
        Assert.Equal("0,2,", Render("{{ for i in (others items items[1] 2) }}{{ i.n }},{{ end }}"));
    }

    [Fact]
    public void Count_where_counts_texts_and_numbers_as_written_in_a_template()
    {
        Assert.Equal("10", Render("{{ count_where items \"status\" \"open\" }}"));
        // A number in a template is an integer; the field holds a decimal.
        Assert.Equal("8", Render("{{ count_where items \"investment_usd_million\" 2 }}"));
    }

    // Entries of a sector: projects with their province and sectors, as views have them.
    private static readonly ScriptArray Projects = new(new (string Province, string[] Sectors)[]
    {
        ("bac-ninh", ["electronics"]), ("nghe-an", ["electronics", "logistics"]),
        ("bac-ninh", ["logistics"]), ("ha-tinh", []),
    }.Select((p, n) => new ScriptObject
    {
        ["n"] = n,
        ["fields"] = new ScriptObject { ["province"] = p.Province, ["sectors"] = new ScriptArray(p.Sectors) },
    }));

    private static string RenderProjects(string template) => Render(template, "projects", Projects);

    [Fact]
    public void Distinct_values_keeps_the_order_of_first_appearance_and_reads_into_list_fields()
    {
        Assert.Equal("bac-ninh,nghe-an,ha-tinh,",
            RenderProjects("{{ for v in (distinct_values projects \"province\") }}{{ v }},{{ end }}"));
        Assert.Equal("electronics,logistics,",
            RenderProjects("{{ for v in (distinct_values projects \"sectors\") }}{{ v }},{{ end }}"));
        Assert.Equal("0", RenderProjects("{{ (distinct_values projects \"missing\").size }}"));
    }

    [Fact]
    public void Entries_with_finds_a_value_in_a_field_or_in_a_list_field()
    {
        Assert.Equal("0,2,",
            RenderProjects("{{ for p in (entries_with projects \"province\" \"bac-ninh\") }}{{ p.n }},{{ end }}"));
        Assert.Equal("1,2,",
            RenderProjects("{{ for p in (entries_with projects \"sectors\" \"logistics\") }}{{ p.n }},{{ end }}"));
    }

    [Fact]
    public void Sort_text_orders_by_characters_whatever_the_culture()
    {
        // A culture's order puts "a" before "B" and ignores the hyphen; by characters, capitals come first.
        Assert.Equal("B,Z,a,a-b,ab,",
            Render("{{ for v in (sort_text [\"ab\", \"a-b\", \"B\", \"a\", \"Z\"]) }}{{ v }},{{ end }}"));
    }
}
