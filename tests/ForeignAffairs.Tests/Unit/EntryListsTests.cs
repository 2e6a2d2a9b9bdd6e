using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Runtime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The list functions templates call instead of looping over whole collections: they give what the loops gave, so that a
/// theme moved to them renders the same pages.
/// </summary>
public sealed class EntryListsTests
{
    // Forty entries on three dates: many share a date, as news of one day or projects published together do.
    private static readonly ScriptArray Items = new(Enumerable.Range(0, 40).Select(n => new ScriptObject
    {
        ["n"] = n,
        ["date"] = new DateTime(2025, 1, 1).AddDays(n * 7 % 3),
        ["fields"] = new ScriptObject { ["status"] = n % 4 == 0 ? "open" : "closed", ["investment_usd_million"] = (decimal)(n % 5) },
    }));

    private static string Render(string template)
    {
        var functions = new ScriptObject();
        new EntryLists().AddTo(functions);
        var context = new TemplateContext();
        context.PushGlobal(functions);
        context.PushGlobal(new ScriptObject { ["items"] = Items });
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
}
