using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Runtime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// Whose fault a failure while rendering is: a template that passes a function something it refuses is a mistake in the
/// theme, reported at its line; a function that fails whatever it is given is a fault of the generator, which ends the
/// build as an internal error instead of being blamed on the theme.
/// </summary>
public sealed class PageRendererTests
{
    private const string TemplateFile = "themes/default/layouts/page.html";

    [Fact]
    public void A_value_a_function_refuses_is_the_templates_mistake_at_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        var renderer = Renderer(() => throw new ArgumentException("the pattern is not a pattern"), diagnostics);

        var html = renderer.Render("page", Page(), "the test page", null, wrap: false);

        Assert.Null(html);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(new SourceLocation(TemplateFile, 2, 4), error.Location);
        Assert.Contains("the pattern is not a pattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_a_function_cannot_convert_is_the_templates_mistake()
    {
        var diagnostics = new DiagnosticBag();
        var renderer = Renderer(() => throw new InvalidCastException("a page is not a number"), diagnostics);

        Assert.Null(renderer.Render("page", Page(), "the test page", null, wrap: false));

        Assert.Equal(DiagnosticCodes.TemplateRuntime, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void A_function_that_fails_by_its_own_fault_is_an_internal_error_not_the_templates()
    {
        var diagnostics = new DiagnosticBag();
        var renderer = Renderer(() => throw new NullReferenceException(), diagnostics);

        Assert.Throws<NullReferenceException>(() =>
            renderer.Render("page", Page(), "the test page", null, wrap: false));
        Assert.Empty(diagnostics.ToSortedList());
    }

    private static PageRenderer Renderer(Func<string> function, DiagnosticBag diagnostics)
    {
        var template = Template.Parse("<p>\n{{ broken_function }}</p>\n", TemplateFile);
        Assert.False(template.HasErrors);
        var strings = new UiStrings("en", new Dictionary<string, IReadOnlyDictionary<string, string>>(),
            new Dictionary<string, string>());
        var theme = new Theme("", "themes/default", new Dictionary<string, Template> { ["page"] = template },
            strings, []);
        var globals = new ScriptObject();
        globals.Import("broken_function", function);
        return new PageRenderer(theme, globals, diagnostics, new OutputBuffers());
    }

    private static ScriptObject Page() => new() { ["lang"] = "en" };
}
