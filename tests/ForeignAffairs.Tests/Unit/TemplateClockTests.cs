using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The clock behind <c>--template-metrics</c>: a partial's time is its own and also its includer's, never counted twice
/// in one template's total, and a failed render still ends where it started.
/// </summary>
public sealed class TemplateClockTests
{
    [Fact]
    public void A_partials_time_is_left_out_of_its_includers_self_time_and_kept_in_its_total()
    {
        var clock = new TemplateClock();
        clock.Start("base.html");
        clock.Start("partials/header.html");
        clock.Stop();
        clock.Start("partials/header.html");
        clock.Stop();
        clock.Stop();

        var (page, header) = (clock.Tallies["base.html"], clock.Tallies["partials/header.html"]);
        Assert.Equal(1, page.Renders);
        Assert.Equal(2, header.Renders);
        Assert.Equal(header.Total, header.Self);
        Assert.Equal(page.Total, page.Self + header.Total);
        Assert.True(page.Longest >= header.Longest);
    }

    [Fact]
    public void A_partial_that_includes_itself_counts_in_its_total_once_from_its_outermost_render()
    {
        var clock = new TemplateClock();
        clock.Start("partials/tree.html");
        clock.Start("partials/tree.html");
        clock.Start("partials/tree.html");
        clock.Stop();
        clock.Stop();
        clock.Stop();

        var tree = clock.Tallies["partials/tree.html"];
        Assert.Equal(3, tree.Renders);
        Assert.Equal(tree.Longest, tree.Total);
        Assert.Equal(tree.Total, tree.Self);
    }

    [Fact]
    public void A_render_that_fails_ends_where_it_started_and_the_next_is_timed_on_its_own()
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal)
        {
            ["partials/fails"] = Template.Parse("before {{ missing_function 1 }}", "partials/fails.html"),
            ["partials/fine"] = Template.Parse("fine", "partials/fine.html"),
        };
        var clock = new TemplateClock();
        var context = new HtmlTemplateContext(new ThemeTemplateLoader(partials)) { Clock = clock };
        foreach (var (name, template) in partials) context.CachedTemplates[name] = template;

        Assert.Throws<ScriptRuntimeException>(
            () => context.RenderToString(Template.Parse("{{ include \"fails\" }}", "failing.html")));
        context.RenderToString(Template.Parse("{{ include \"fine\" }}", "next.html"));

        Assert.Equal(1, clock.Tallies["failing.html"].Renders);
        Assert.Equal(1, clock.Tallies["partials/fails.html"].Renders);
        var (next, fine) = (clock.Tallies["next.html"], clock.Tallies["partials/fine.html"]);
        Assert.Equal(next.Total, next.Self + fine.Total);
        Assert.Equal(clock.Tallies["failing.html"].Total,
            clock.Tallies["failing.html"].Self + clock.Tallies["partials/fails.html"].Total);
    }

    [Fact]
    public void Reuses_of_a_cached_partial_are_counted_apart_from_its_renders()
    {
        var clock = new TemplateClock();
        clock.Start("partials/footer.html");
        clock.Stop();
        clock.Reused("partials/footer.html");
        clock.Reused("partials/footer.html");

        var footer = clock.Tallies["partials/footer.html"];
        Assert.Equal((1, 2), (footer.Renders, footer.Reuses));
    }

    [Fact]
    public void The_clocks_of_every_thread_are_summed_by_template_the_costliest_in_itself_first()
    {
        var metrics = new TemplateMetrics();
        foreach (var clock in new[] { metrics.NewClock(), metrics.NewClock() })
        {
            clock.Start("base.html");
            clock.Start("partials/row.html");
            clock.Stop();
            clock.Reused("partials/row.html");
            clock.Stop();
        }

        var summed = metrics.Summed();

        Assert.Equal(["base.html", "partials/row.html"], summed.Select(m => m.Template).Order(StringComparer.Ordinal));
        Assert.All(summed, m => Assert.Equal(2, m.Renders));
        Assert.Equal(2, summed.Single(m => m.Template == "partials/row.html").Reuses);
        Assert.Equal(summed.OrderByDescending(m => m.Self).Select(m => m.Self), summed.Select(m => m.Self));
        Assert.All(summed, m => Assert.True(m.Total >= m.Self && m.Total >= m.Longest));
    }
}
