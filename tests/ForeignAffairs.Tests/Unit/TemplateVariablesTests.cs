using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// What a template reads and sets, as its syntax tree tells: the ground of the theme's partial-input tests and of the
/// warning for a variable nothing sets (FA4005).
/// </summary>
public sealed class TemplateVariablesTests
{
    [Fact]
    public void Reads_sets_and_loop_variables_are_told_apart_and_locals_are_none_of_them()
    {
        var variables = Of("{{ x = site.title }}{{ for p in items }}{{ p.name }}{{ end }}"
            + "{{ capture c }}{{ y }}{{ end }}{{ $local = 1 }}{{ $local }}{{ z.a = 1 }}"
            + "{{ include \"card\" value: w }}{{ o = {key: v} }}");

        Assert.Equal(["include", "items", "p", "site", "v", "w", "y"], variables.Read.Keys.Order());
        Assert.Equal(["c", "o", "x", "z"], variables.Assigned.Order());
        Assert.Equal(["p"], variables.LoopVariables);
    }

    [Fact]
    public void Each_read_is_placed_where_the_variable_is_first_read()
    {
        var variables = Of("<p>\n  {{ site.title }} {{ site.description }}\n</p>");

        var span = variables.Read["site"];
        Assert.Equal((1, 5), (span.Start.Line, span.Start.Column));
    }

    [Fact]
    public void A_function_sets_its_name_and_its_parameters_and_a_with_block_reads_and_sets_members_not_variables()
    {
        var variables = Of("{{ func twice(n); ret n + n + m; end }}{{ twice 2 }}"
            + "{{ with site }}{{ title }}{{ subtitle = title }}{{ end }}");

        Assert.Equal(["m", "n", "site", "twice"], variables.Read.Keys.Order());
        Assert.Equal(["n", "twice"], variables.Assigned.Order());
    }

    private static TemplateVariables Of(string text) => ParsedTemplate.Variables("layouts/test.html", text);
}
