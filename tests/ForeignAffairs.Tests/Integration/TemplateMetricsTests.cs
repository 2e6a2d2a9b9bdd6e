using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>--template-metrics</c>, as Hugo's <c>--templateMetrics</c>: each layout and partial a build renders, named by its
/// file, with how often it was rendered or reused from the cache of <c>include_cached</c>, and where its time went.
/// </summary>
public sealed class TemplateMetricsTests
{
    // The test theme's base layout, which includes the language switch, with a partial included cached.
    private const string Base = """
        <!DOCTYPE html>
        <html lang="{{ page.lang }}">
        <head><meta charset="utf-8"><title>{{ page.title }}</title></head>
        <body>
        {{ include "switcher" }}
        <main>{{ body }}</main>
        {{ include_cached "note" }}
        </body>
        </html>
        """;

    [Fact]
    public void Each_template_is_named_by_its_file_with_its_renders_its_reuses_and_its_time()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("themes/minimal/layouts/base.html", Base);
        fixture.Write("themes/minimal/layouts/partials/note.html", "<p>{{ t \"collections.news\" }}</p>");

        var result = SiteBuilder.Build(new BuildOptions(fixture.Root) { TemplateMetrics = true });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var metrics = result.TemplateMetrics.ToDictionary(m => m.Template);
        var layout = metrics["themes/minimal/layouts/base.html"];
        var switcher = metrics["themes/minimal/layouts/partials/switcher.html"];
        var note = metrics["themes/minimal/layouts/partials/note.html"];
        // Every page in the layout includes the switch once, and the note once, rendered once per language (twice when
        // two threads meet it at once) and reused on every other page.
        Assert.Equal(layout.Renders, switcher.Renders);
        Assert.InRange(note.Renders, 3, 3 * Environment.ProcessorCount);
        Assert.Equal(layout.Renders, note.Renders + note.Reuses);
        Assert.Equal(0, switcher.Reuses);
        Assert.Contains("themes/minimal/layouts/entry.html", metrics.Keys);
        // The layout's total holds the time of the partials it includes.
        Assert.True(layout.Total >= layout.Self + switcher.Total);
        Assert.All(result.TemplateMetrics,
            m => Assert.True(m.Renders > 0 && m.Total >= m.Self && m.Total >= m.Longest, m.Template));
    }

    [Fact]
    public void A_build_not_asked_for_them_times_no_template()
    {
        using var fixture = FixtureSite.Copy("three-languages");

        var result = SiteBuilder.Build(new BuildOptions(fixture.Root));

        Assert.True(result.Succeeded);
        Assert.Empty(result.TemplateMetrics);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void The_command_prints_a_row_for_each_template_it_rendered(string command)
    {
        using var fixture = FixtureSite.Copy("three-languages");

        var (exit, stdout, _) = CommandLine.Run(command, "--source", fixture.Root, "--template-metrics");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        var heading = Array.FindIndex(lines, l => l.TrimStart().StartsWith("self ", StringComparison.Ordinal));
        Assert.True(heading > 0, stdout);
        Assert.Equal(["self", "total", "renders", "reused", "average", "longest", "template"],
            lines[heading].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rows = lines.Skip(heading + 1).TakeWhile(l => l.Contains(".html", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.Contains(rows, row => row[^1] == "themes/minimal/layouts/base.html");
        Assert.Contains(rows, row => row[^1] == "themes/minimal/layouts/partials/switcher.html");
        // Each time is a number and its unit; the counts are whole numbers.
        Assert.All(rows, row => Assert.Equal(11, row.Length));
        Assert.All(rows, row => Assert.All(new[] { row[4], row[5] }, count => Assert.True(int.TryParse(count, out _))));
        Assert.All(rows, row => Assert.All(new[] { row[1], row[3], row[7], row[9] },
            unit => Assert.Contains(unit, new[] { "ms", "µs" })));
    }
}
