using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A compiled template writes what Scriban's interpreter writes, byte for byte, for every construct of the language a
/// theme may use: those the compiler turns into code and those it leaves to the interpreter, mixed. And where the
/// interpreter fails, the compiled template fails with the same message at the same place.
/// </summary>
public sealed class TemplateCompilerTests
{
    public static TheoryData<string, string, string> Templates => new()
    {
        {
            "text and values", """
            <p>{{ page.title }}</p>
            <p>{{ page.missing }}|{{ 1 + 2 }}|{{ page.n * 3 }}|{{ "a" + page.n }}</p>
            {{ page.markup }} {{ page.price }} {{ page.day }}

            """, ""
        },
        {
            "conditions", """
            {{ if page.n > 5 }}big{{ else if page.n > 1 }}middle{{ else }}small{{ end }}
            {{ if page.title && !page.missing }}a{{ end }}{{ if page.missing || page.n == 4 }}b{{ end }}{{ page.missing ?? "c" }}{{ page.n != 4 ? "d" : "e" }}
            {{ blank = page.blank; blank ? "full" : "blank" }} {{ (page.zero) ? "one" : "none" }} {{ !page.items }}

            """, ""
        },
        {
            "loops", """
            {{ for x in page.items limit:3 offset:1 }}[{{ for.index }} {{ for.first }} {{ for.last }} {{ for.rindex }} {{ x }}]{{ end }}
            {{ for x in page.items reversed }}{{ x }}{{ if !for.last }}, {{ end }}{{ end }}
            {{ for x in page.items }}{{ if x == 3 }}{{ continue }}{{ end }}{{ if x == 5 }}{{ break }}{{ end }}{{ x }}{{ end }}
            {{ for x in page.none }}never{{ else }}empty{{ end }}
            {{ for r in page.rows }}{{ for c in r }}{{ c }}{{ end }};{{ end }}
            {{ for i in 1..3 }}{{ i }}{{ end }}

            """, ""
        },
        {
            "variables across partials", """
            {{~ shared = page.title ~}}
            {{ $local = 7 }}{{ include "card" who: page.title n: 2 }}
            {{ include "card" who: "second" n: page.n }}|{{ $local }}|{{ shared }}|{{ set_by_partial }}
            {{ x = include "card" who: "as a value" n: 0 }}{{ x }}{{ include template_name: "card" who: "by name" n: 1 }}

            """, """
            {{ $1 }} {{ who }} {{ n + 1 }} {{ shared }} {{ $local }}
            {{~ set_by_partial = "set" ~}}

            """
        },
        {
            "local variables", """
            {{~ $a = page.n; $b = $a + 1 ~}}
            {{ $a }} {{ $b }} {{ $a += 10 }}{{ $a }} {{ $c }}|{{ capture $c }}captured {{ $a }}{{ end }}{{ $c }}
            {{ for $y in page.items limit:2 }}{{ $y }}{{ $b = $b + $y }}{{ end }} {{ $b }} {{ $y }}
            {{ for x in page.items limit:2 }}{{ $z = x }}{{ $z }}{{ end }} {{ $z }} {{ $n = page.rows }}{{ $n[0][1] }}
            {{ func f; $a = 99; ret $0; end }}{{ f 1 }} {{ $a }} {{ $d = 1; $d++ }}{{ $d }}
            {{ include "card" who: $a n: $b }}{{ $local }} {{ $a }}

            """, """
            {{ $1 }} {{ $who }} {{ $n + 1 }} {{ $local }} {{ $a }}
            {{~ $local = "set in the partial"; $a = "the partial's" ~}}
            {{ $a }}

            """
        },
        {
            "indented partials", """
            <ul>
              {{ include "lines" }}
              <li>{{ include "lines" }}</li>
                {{~ include "lines" ~}}
            </ul>

            """, """
            <li>one</li>
            <li>two</li>

            """
        },
        {
            "functions", """
            {{ upper page.title }} {{ upper 42 }} {{ stamp }} {{ joined page.title "x" }}
            {{ date.to_string page.day "%Y-%m-%d" }} {{ page.title | string.upcase }} {{ page.items | array.size }} {{ (page.items | array.first) + 1 }}
            {{ string.replace page.title "a" "o" | upper }} {{ page.items.size }} {{ page.items[1] }} {{ page.title.size }}

            """, ""
        },
        {
            "functions given the call as their caller", """
            {{ array.each ["lines"] @include }}
            {{ for x in [1, 2] }}{{ array.each ["lines"] @include }}{{ end }}
            {{ ["a", "b"] | array.each @upper | array.join "," }}

            """, """
            <li>one</li>

            """
        },
        {
            "the rest of the language", """
            {{ capture c }}captured {{ page.n }}{{ end }}{{ c }}
            {{ case page.n }}{{ when 4 }}four{{ else }}other{{ end }}
            {{ func double; ret $0 * 2; end }}{{ double 21 }}
            {{ o = {a: 1, b: [page.n, 2]} }}{{ o.b[0] }} {{ o.a }} {{ x = 1; x += 2 }}{{ x }}
            {{ while x < 6 }}{{ x = x + 1 }}{{ x }}{{ end }}
            {{ with o }}{{ a }}{{ end }}

            """, ""
        },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_compiled_template_writes_what_the_interpreter_writes(string name, string page, string partial)
    {
        var compiled = Render(page, partial, compiled: true);

        Assert.False(string.IsNullOrWhiteSpace(compiled), name);
        Assert.Equal(Render(page, partial, compiled: false), compiled);
    }

    // Mistakes Scriban finds in the nodes compiled code hands it; a function that throws is a page the interpreter
    // renders again (PageRendererTests).
    [Theory]
    [InlineData("{{ page.none.member }}")]
    [InlineData("<p>\n  {{ for x in page.items }}{{ upper page.title 2 }}{{ end }}</p>")]
    [InlineData("{{ if page.n > 1 }}\n{{ unknown_function 1 }}\n{{ end }}")]
    public void A_compiled_template_fails_where_and_as_the_interpreter_fails(string page)
    {
        var compiled = Assert.ThrowsAny<ScriptRuntimeException>(() => Render(page, "", compiled: true));
        var interpreted = Assert.ThrowsAny<ScriptRuntimeException>(() => Render(page, "", compiled: false));

        Assert.Equal(interpreted.OriginalMessage, compiled.OriginalMessage);
        Assert.Equal(interpreted.Span.Start, compiled.Span.Start);
    }

    private static string Render(string page, string partial, bool compiled)
    {
        var templates = new Dictionary<string, Template>
        {
            ["page"] = Parse(page, "layouts/page.html"),
            ["partials/card"] = Parse(partial, "layouts/partials/card.html"),
            ["partials/lines"] = Parse(partial.Length > 0 ? partial : "<li>one</li>\n<li>two</li>\n",
                "layouts/partials/lines.html"),
        };
        var context = new HtmlTemplateContext(new ThemeTemplateLoader(templates))
        {
            Compiled = compiled ? templates.Values.ToDictionary(t => t, TemplateCompiler.Compile) : null,
        };
        foreach (var (name, template) in templates) context.CachedTemplates[name] = template;
        context.PushGlobal(Globals());
        context.StartPage("en");
        var output = context.RentOutput();
        try
        {
            context.WriteTemplate(templates["page"]);
            return output.Builder.ToString();
        }
        finally
        {
            context.ReturnOutput(output);
        }
    }

    private static Template Parse(string text, string path)
    {
        var template = Template.Parse(text, path);
        Assert.False(template.HasErrors, string.Join('\n', template.Messages));
        return template;
    }

    private static ScriptObject Globals()
    {
        var globals = new ScriptObject
        {
            ["page"] = new ScriptObject
            {
                ["title"] = "Bac <Ninh> & Hai Phong", ["n"] = 4, ["items"] = new ScriptArray { 1, 2, 3, 4, 5, 6 },
                ["rows"] = new ScriptArray { new ScriptArray { "a", "b" }, new ScriptArray { "c" } },
                ["markup"] = new RawHtml("<b>bold</b>"), ["price"] = 12.5m, ["day"] = new DateTime(2026, 12, 6),
                ["blank"] = "", ["zero"] = 0,
            },
        };
        globals.SetValue("upper", TemplateFunction.Of<string, string>(s => s.ToUpperInvariant()), true);
        globals.SetValue("stamp", TemplateFunction.Of(() => "stamped"), true);
        globals.SetValue("joined", TemplateFunction.Of<string, string, string>((a, b) => a + "/" + b), true);
        return globals;
    }
}
