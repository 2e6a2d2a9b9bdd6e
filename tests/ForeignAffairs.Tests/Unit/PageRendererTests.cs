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

    [Fact]
    public void A_page_whose_compiled_templates_fail_is_reported_once_as_the_interpreter_reports_it()
    {
        // In compiled code, the function's exception reaches the renderer as it was thrown; the interpreter wraps it
        // with the template's line and column, and it is the interpreter that renders the page again to report it.
        var (compiled, interpreted) = (new DiagnosticBag(), new DiagnosticBag());
        const string text = "{{ for x in [1, 2] }}\n  {{ if x == 2 }}{{ broken_function }}{{ end }}\n{{ end }}";

        Assert.Null(Renderer(() => throw new FormatException("not a date"), compiled, text)
            .Render("page", Page(), "the test page", null));
        Assert.Null(Renderer(() => throw new FormatException("not a date"), interpreted, text, compile: false)
            .Render("page", Page(), "the test page", null));

        var error = Assert.Single(compiled.ToSortedList());
        Assert.Equal(new SourceLocation(TemplateFile, 2, 21), error.Location);
        Assert.Equal(interpreted.ToSortedList(), compiled.ToSortedList());
    }

    [Fact]
    public void A_page_rendered_by_compiled_templates_is_what_the_interpreter_renders()
    {
        const string text = "<ul>\n  {{ for x in [1, 2] }}<li>{{ x }} {{ broken_function }}</li>{{ end }}\n</ul>";
        var diagnostics = new DiagnosticBag();

        var compiled = Renderer(() => "<ok>", diagnostics, text).Render("page", Page(), "the test page", null);
        var interpreted = Renderer(() => "<ok>", diagnostics, text, compile: false)
            .Render("page", Page(), "the test page", null);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(interpreted, compiled);
        var items = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(compiled!).QuerySelectorAll("ul > li");
        Assert.Equal(["1 <ok>", "2 <ok>"], items.Select(li => li.TextContent));
    }

    private static PageRenderer Renderer(Func<string> function, DiagnosticBag diagnostics, string text,
        bool compile = true)
    {
        var templates = new Dictionary<string, Template>
        {
            ["page"] = Template.Parse(text, TemplateFile),
            ["base"] = Template.Parse("<main>{{ body }}</main>", "themes/default/layouts/base.html"),
        };
        var strings = new UiStrings("en", new Dictionary<string, IReadOnlyDictionary<string, string>>(),
            new Dictionary<string, string>());
        var theme = new Theme("", "themes/default", templates, strings, [])
        {
            Compiled = compile ? templates.Values.ToDictionary(t => t, TemplateCompiler.Compile) : [],
        };
        var globals = new ScriptObject();
        globals.SetValue("broken_function", TemplateFunction.Of(function), true);
        return new PageRenderer(theme, globals, diagnostics, new OutputBuffers());
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
