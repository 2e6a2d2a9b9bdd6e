using ForeignAffairs.Content;
using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// <c>include</c> writes a partial straight into the page rather than through a string of its own, as Scriban's does:
/// the text must be the same, wherever the include stands, whatever the partial holds.
/// </summary>
public sealed class PartialIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["lines"] = "first\nsecond\n\nafter an empty line\n",
        ["no-newline"] = "one\ntwo",
        ["crlf"] = "one\r\ntwo\r\n\r\nthree\r\n",
        ["nested"] = "outer\n  {{ include \"lines\" }}\nend\n",
        ["deeper"] = "a\n  {{ include \"nested\" }}\n\tb {{ include \"lines\" }}c\n",
        ["nested-tail"] = "x\n  {{ include \"no-newline\" }}\n  {{ include \"crlf\" }}y\n{{ include \"lines\" }}",
        ["nested-value"] = "items:\n    {{ list }}\n{{ include \"no-newline\" }}!\n",
        ["args"] = "{{ $1 }}-{{ $2 }}{{ if label }} {{ label }}{{ end }}\n",
        ["loop"] = "{{~ for i in 1..3 ~}}\n  - {{ i }}\n{{~ end ~}}\n",
        ["empty"] = "",
        ["sets"] = "{{ shared = \"set by the partial\" }}",
        ["fails"] = "before\n{{ missing_function 1 }}\n",
        ["row"] = "<tr><td>{{ $1.title }}</td><td>{{ $2 }}</td></tr>\n",
        ["cell"] = "<i>{{ $1.title }}:{{ $2 }}</i>",
        ["row-of-cells"] = "<tr><td>{{ $1.title }}</td><td>{{ include_cached_each \"cell\" rows \"each\" }}</td>" +
            "<td>{{ include_cached \"cell\" $1 \"one\" }}</td></tr>\n",
    };

    public static TheoryData<string> Pages =>
    [
        "{{ include \"lines\" }}tail",
        "  {{ include \"lines\" }}tail",
        "before\n    {{ include \"lines\" }}\nafter",
        "\t{{ include \"no-newline\" }} and more\n  {{ include \"no-newline\" }}",
        "  {{ include \"crlf\" }}|",
        "<ul>\n  {{ include \"nested\" }}\n</ul>",
        "    {{ include \"nested-value\" }}",
        "  {{ include \"deeper\" }}z\n  {{ include \"deeper\" }}",
        "<p>\n    {{ include \"nested-tail\" }}\n</p>\n{{ include \"nested-tail\" }}",
        "{{ include \"args\" \"a\" 2 }}  {{ include \"args\" \"b\" 3 label: \"named\" }}",
        "x\n  {{~ include \"lines\" ~}}\ny",
        "  {{ include \"loop\" }}",
        "[{{ include \"empty\" }}]\n  {{ include \"empty\" }}\n  x",
        "{{ text = include \"lines\" }}<{{ text }}>\n  {{ include \"lines\" | string.upcase }}",
        "{{ capture c }}  {{ include \"lines\" }}{{ end }}{{ c }}",
        "{{ include \"sets\" }}{{ shared }}",
        "{{ for n in [1, 2] }}\n  {{ include \"args\" n n }}\n{{ end }}",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_partial_reads_as_Scribans_include_would_write_it(string page)
    {
        Assert.Equal(Render(new TemplateContext(), page), Render(new HtmlTemplateContext(new MapLoader()), page));
    }

    // Pages where a cached partial's markup is written with no indent before its lines, or with an empty one (after
    // {{~), which the context writes whole rather than line by line as Scriban does.
    public static TheoryData<string> CachedPages =>
    [
        "x\n  {{~ include_cached \"lines\" ~}}\ny",
        "<ul>\n  {{~ include_cached \"lines\" ~}}\n    {{ list }}\n</ul>",
        "x{{~ include_cached \"lines\" ~}}\n    {{ list }}|",
        "x\n{{ include_cached \"no-newline\" ~}}\n    {{ list }}|",
        "  {{~ include_cached \"lines\" }}{{ list }}\n  {{ include_cached \"crlf\" }}",
        "{{ include_cached \"lines\" }}  {{ list }}",
        "[{{~ include_cached \"empty\" ~}}]\n    {{ list }}",
        "{{ for n in [1, 2] }}\n  {{~ include_cached \"lines\" ~}}\n  {{ list }}\n{{ end }}",
    ];

    [Theory]
    [MemberData(nameof(CachedPages))]
    public void A_cached_partial_reads_as_Scribans_include_would_write_it(string page)
    {
        Assert.Equal(Render(new TemplateContext(), page.Replace("include_cached", "include", StringComparison.Ordinal)),
            Render(WithCachedPartials([]), page));
    }

    [Theory]
    [InlineData("<div>\n    {{ include \"fails\" }}\n</div>")]
    [InlineData("<div>\n    {{ include \"args\" \"a\" 1 label: (missing_function 1) }}\n</div>")]
    public void A_partial_that_fails_leaves_the_context_as_it_found_it_for_the_next_page(string failing)
    {
        var context = new HtmlTemplateContext(new MapLoader());
        context.PushGlobal(new ScriptObject { ["list"] = "a\nb\n" });
        const string next = "  {{ include \"lines\" }}|\n    {{ include \"nested\" }}";

        var outputs = context.OutputCount;
        Assert.Throws<ScriptRuntimeException>(() => context.RenderToString(Template.Parse(failing)));

        Assert.Equal(outputs, context.OutputCount);
        Assert.Null(context.CurrentIndent);
        Assert.Equal(Render(new HtmlTemplateContext(new MapLoader()), next),
            context.RenderToString(Template.Parse(next)));
    }

    [Fact]
    public void Include_cached_each_writes_what_a_loop_of_include_cached_writes()
    {
        var rows = new ScriptArray(Enumerable.Range(1, 5).Select(n =>
            new EntryView(new EntryKey(Collection.Projects, $"p-{n}")) { ["title"] = $"Project <{n}>" }));
        string RenderRows(string page) => Template.Parse(page).Render(WithCachedPartials(rows));

        var loop = RenderRows("{{~ for r in rows ~}}{{~ include_cached \"row\" r \"x\" ~}}{{~ end ~}}");
        var each = RenderRows("{{~ include_cached_each \"row\" rows \"x\" ~}}");

        Assert.Equal(loop, each);
        using var table = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<table>{each}</table>");
        Assert.Equal(["Project <1>", "Project <2>", "Project <3>", "Project <4>", "Project <5>"],
            table.QuerySelectorAll("tr > td:first-child").Select(cell => cell.TextContent));
    }

    [Fact]
    public void A_cached_partial_that_includes_cached_partials_is_found_again_by_its_own_keys()
    {
        var rows = new ScriptArray(Enumerable.Range(1, 3).Select(n =>
            new EntryView(new EntryKey(Collection.Projects, $"p-{n}")) { ["title"] = $"P{n}" }));
        var context = WithCachedPartials(rows);
        var page = Template.Parse("{{~ include_cached_each \"row-of-cells\" rows \"table\" ~}}");

        // The first page renders every partial; the second finds each under its own keys.
        var first = page.Render(context);
        var second = page.Render(context);

        Assert.Equal(first, second);
        using var table = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<table>{second}</table>");
        var cells = table.QuerySelectorAll("tr").Select(row => row.Children.Select(c => c.TextContent).ToArray());
        Assert.Equal(
            [
                ["P1", "P1:eachP2:eachP3:each", "P1:one"],
                ["P2", "P1:eachP2:eachP3:each", "P2:one"],
                ["P3", "P1:eachP2:eachP3:each", "P3:one"],
            ],
            cells);
    }

    [Theory]
    [InlineData("{{ include_cached \"row\" rows[0] label: \"named\" }}", "include_cached")]
    [InlineData("{{ include_cached_each \"row\" rows label: \"named\" }}", "include_cached_each")]
    public void A_cached_partial_takes_no_named_argument_since_it_would_not_be_a_key(string page, string function)
    {
        var context = WithCachedPartials(new ScriptArray { new EntryView(new EntryKey(Collection.Projects, "p-1")) });

        var error = Assert.Throws<ScriptRuntimeException>(() => context.RenderToString(Template.Parse(page)));

        Assert.Contains($"{function} takes its keys as plain arguments", error.Message, StringComparison.Ordinal);
    }

    // A context with include_cached and include_cached_each over one cache, and rows as a global.
    private static HtmlTemplateContext WithCachedPartials(ScriptArray rows)
    {
        var context = new HtmlTemplateContext(new MapLoader());
        var cached = new CachedPartialFunction(new PartialCache());
        context.PushGlobal(new ScriptObject
        {
            ["include_cached"] = cached,
            ["include_cached_each"] = new CachedPartialEachFunction(cached),
            ["rows"] = rows,
        });
        return context;
    }

    private static string Render(TemplateContext context, string page)
    {
        context.TemplateLoader = new MapLoader();
        context.PushGlobal(new ScriptObject { ["list"] = "a\nb\n" });
        return Template.Parse(page).Render(context);
    }

    private sealed class MapLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
            templateName;
        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            Partials[templatePath];
        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan,
            string templatePath) => ValueTask.FromResult<string?>(Partials[templatePath]);
    }
}
