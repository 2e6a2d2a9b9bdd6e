using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Fluid;
using Fluid.Values;
using ForeignAffairs.Rendering;
using HandlebarsDotNet;
using Scriban.Runtime;

namespace ForeignAffairs.Benchmarks;

/// <summary>
/// What rendering would cost done otherwise: one table row of a project, the markup a build renders most (each
/// project's row in each language and table), written for Scriban as the build renders it (escaping context, functions
/// of the generator's kind, the template compiled by <see cref="TemplateCompiler"/>), the same by Scriban's
/// interpreter, for Scriban's own context, for Scriban's syntax tree compiled into closures with its variables in slots
/// (<see cref="CompiledRow"/>), for Fluid (Liquid, interpreted) and for Handlebars.Net (compiled to delegates), and in
/// C# by hand, the floor any engine could reach. Each renders the same rows, and the benchmark first checks that each
/// escapes the titles and that their markup reads the same once entities are decoded, so that none is timed doing
/// less. The rows are invented for the measurement.
/// </summary>
internal static class TemplateEngineBenchmark
{
    private const string ScribanRow = """
        <tr data-project data-province="{{ $row.province.slug }}" data-sectors="{{ for s in $row.sectors }}{{ s.slug }}{{ if !for.last }} {{ end }}{{ end }}" data-status="{{ $row.status }}"{{ if $row.investment != null }} data-investment="{{ $row.investment }}"{{ end }}>
          <th scope="row"><a href="{{ $row.url }}"{{ if $row.title_lang }} lang="{{ $row.title_lang }}"{{ end }}>{{ $row.title }}</a>{{ if $row.example }} <span class="example">{{ t "example" }}</span>{{ end }}</th>
          <td><a href="{{ $row.province.url }}">{{ $row.province.title }}</a></td>
          <td>{{ for s in $row.sectors }}{{ s.title }}{{ if !for.last }}, {{ end }}{{ end }}</td>
          <td>{{ t ("status." + $row.status) }}</td>
          <td class="num">{{ if $row.investment != null }}{{ format_number $row.investment }}{{ else }}<span class="na">-</span>{{ end }}</td>
          <td class="num">{{ if $row.area != null }}{{ format_number $row.area }}{{ else }}<span class="na">-</span>{{ end }}</td>
        </tr>
        """;

    // The same row for Scriban's own context, which escapes nothing unless told: each value is escaped in the template.
    private const string PlainScribanRow = """
        <tr data-project data-province="{{ $row.province.slug | html.escape }}" data-sectors="{{ for s in $row.sectors }}{{ s.slug | html.escape }}{{ if !for.last }} {{ end }}{{ end }}" data-status="{{ $row.status | html.escape }}"{{ if $row.investment != null }} data-investment="{{ $row.investment }}"{{ end }}>
          <th scope="row"><a href="{{ $row.url | html.escape }}"{{ if $row.title_lang }} lang="{{ $row.title_lang | html.escape }}"{{ end }}>{{ $row.title | html.escape }}</a>{{ if $row.example }} <span class="example">{{ t "example" | html.escape }}</span>{{ end }}</th>
          <td><a href="{{ $row.province.url | html.escape }}">{{ $row.province.title | html.escape }}</a></td>
          <td>{{ for s in $row.sectors }}{{ s.title | html.escape }}{{ if !for.last }}, {{ end }}{{ end }}</td>
          <td>{{ t ("status." + $row.status) | html.escape }}</td>
          <td class="num">{{ if $row.investment != null }}{{ format_number $row.investment | html.escape }}{{ else }}<span class="na">-</span>{{ end }}</td>
          <td class="num">{{ if $row.area != null }}{{ format_number $row.area | html.escape }}{{ else }}<span class="na">-</span>{{ end }}</td>
        </tr>
        """;

    private const string LiquidRow = """
        <tr data-project data-province="{{ row.province.slug }}" data-sectors="{% for s in row.sectors %}{{ s.slug }}{% unless forloop.last %} {% endunless %}{% endfor %}" data-status="{{ row.status }}"{% if row.investment != nil %} data-investment="{{ row.investment }}"{% endif %}>
          <th scope="row"><a href="{{ row.url }}"{% if row.title_lang %} lang="{{ row.title_lang }}"{% endif %}>{{ row.title }}</a>{% if row.example %} <span class="example">{{ "example" | t }}</span>{% endif %}</th>
          <td><a href="{{ row.province.url }}">{{ row.province.title }}</a></td>
          <td>{% for s in row.sectors %}{{ s.title }}{% unless forloop.last %}, {% endunless %}{% endfor %}</td>
          <td>{{ row.status | prepend: "status." | t }}</td>
          <td class="num">{% if row.investment != nil %}{{ row.investment | format_number }}{% else %}<span class="na">-</span>{% endif %}</td>
          <td class="num">{% if row.area != nil %}{{ row.area | format_number }}{% else %}<span class="na">-</span>{% endif %}</td>
        </tr>
        """;

    private const string HandlebarsRow = """
        <tr data-project data-province="{{province.slug}}" data-sectors="{{#each sectors}}{{slug}}{{#unless @last}} {{/unless}}{{/each}}" data-status="{{status}}"{{#if investment}} data-investment="{{investment}}"{{/if}}>
          <th scope="row"><a href="{{url}}"{{#if title_lang}} lang="{{title_lang}}"{{/if}}>{{title}}</a>{{#if example}} <span class="example">{{t "example"}}</span>{{/if}}</th>
          <td><a href="{{province.url}}">{{province.title}}</a></td>
          <td>{{#each sectors}}{{title}}{{#unless @last}}, {{/unless}}{{/each}}</td>
          <td>{{t_status status}}</td>
          <td class="num">{{#if investment}}{{format_number investment}}{{else}}<span class="na">-</span>{{/if}}</td>
          <td class="num">{{#if area}}{{format_number area}}{{else}}<span class="na">-</span>{{/if}}</td>
        </tr>
        """;

    private static readonly Dictionary<string, string> Strings = new(StringComparer.Ordinal)
    {
        ["example"] = "Example <sample>", ["status.calling"] = "Calling for investors",
        ["status.signed"] = "Investor found",
    };

    /// <summary>Renders <paramref name="rows"/> rows <paramref name="runs"/> times with each engine.</summary>
    public static int Run(int rows, int runs)
    {
        if (rows < 1 || runs < 1)
        {
            Console.Error.WriteLine("templates: ROWS and --runs must be at least 1");
            return 2;
        }
        var projects = Enumerable.Range(0, rows).Select(Project).ToArray();
        var engines = new (string Name, Func<Dictionary<string, object?>, string> Render)[]
        {
            ("Scriban (as the build renders)", ScribanRenderer(projects, compiled: true)),
            ("Scriban's interpreter", ScribanRenderer(projects, compiled: false)),
            ("Scriban (its own context)", PlainScribanRenderer(projects)),
            ("Scriban's tree compiled", CompiledScribanRenderer(projects)), ("Fluid (Liquid)", FluidRenderer()),
            ("Handlebars.Net (compiled)", HandlebarsRenderer()), ("C# written by hand (the floor)", HandWritten),
        };
        var reference = projects.Select(engines[0].Render).Select(WebUtility.HtmlDecode).ToArray();
        foreach (var (name, render) in engines)
        {
            // Every engine escapes what the content and the UI strings hold: none of their markup is written as markup.
            if (projects.Select(render).FirstOrDefault(html => html.Contains("<phase", StringComparison.Ordinal)
                    || html.Contains("& port", StringComparison.Ordinal)
                    || html.Contains("<sample>", StringComparison.Ordinal)) is { } unescaped)
            {
                Console.Error.WriteLine($"{name} leaves markup unescaped:\n{unescaped}");
                return 1;
            }
            var differing = projects.Select(render).Select(WebUtility.HtmlDecode).Zip(reference)
                .FirstOrDefault(pair => pair.First != pair.Second);
            if (differing != default)
            {
                Console.Error.WriteLine(
                    $"{name} renders other markup:\n{differing.First}\nScriban:\n{differing.Second}");
                return 1;
            }
        }
        Console.WriteLine($"{rows} rows, median of {runs} runs");
        var scriban = 0.0;
        foreach (var (name, render) in engines)
        {
            var nanoseconds = Median(runs, () => Time(projects, render)) * 1e9 / rows;
            if (scriban == 0) scriban = nanoseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-32}{nanoseconds,10:0} ns a row{scriban / nanoseconds,8:0.0}x Scriban's speed"));
        }
        return 0;
    }

    private static Func<Dictionary<string, object?>, string> ScribanRenderer(Dictionary<string, object?>[] projects,
        bool compiled)
    {
        var template = global::Scriban.Template.Parse(ScribanRow, "row.html");
        var partials = new Dictionary<string, global::Scriban.Template>(StringComparer.Ordinal);
        var context = new HtmlTemplateContext(new ThemeTemplateLoader(partials))
        {
            Compiled = compiled ? new Dictionary<global::Scriban.Template, CompiledTemplate>
            {
                [template] = TemplateCompiler.Compile(template),
            } : null,
        };
        var functions = new ScriptObject(StringComparer.Ordinal);
        functions.SetValue("t", TemplateFunction.Of<string, string>(key => Strings[key]), true);
        functions.SetValue("format_number", TemplateFunction.Of<decimal, string>(FormatNumber), true);
        context.PushGlobal(functions);
        var views = Views(projects);
        return project =>
        {
            context.StartPage("en");
            context.SetValue(new global::Scriban.Syntax.ScriptVariableLocal("row"), views[project]);
            return context.RenderToString(template);
        };
    }

    private static Func<Dictionary<string, object?>, string> PlainScribanRenderer(
        Dictionary<string, object?>[] projects)
    {
        var template = global::Scriban.Template.Parse(PlainScribanRow, "row.html");
        var functions = new ScriptObject(StringComparer.Ordinal);
        functions.Import("t", new Func<string, string>(key => Strings[key]));
        functions.Import("format_number", new Func<decimal, string>(FormatNumber));
        var views = Views(projects);
        var context = new global::Scriban.TemplateContext { StrictVariables = false, EnableRelaxedMemberAccess = true };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(functions);
        return project =>
        {
            context.SetValue(new global::Scriban.Syntax.ScriptVariableLocal("row"), views[project]);
            return template.Render(context);
        };
    }

    private static Func<Dictionary<string, object?>, string> CompiledScribanRenderer(
        Dictionary<string, object?>[] projects)
    {
        var functions = new Dictionary<string, Func<object?[], object?>>(StringComparer.Ordinal)
        {
            ["t"] = arguments => Strings[(string)arguments[0]!],
            ["format_number"] =
                arguments => FormatNumber(Convert.ToDecimal(arguments[0], CultureInfo.InvariantCulture)),
        };
        var row = new CompiledRow(global::Scriban.Template.Parse(ScribanRow, "row.html").Page!, functions);
        var views = Views(projects);
        return project => row.Render(views[project]);
    }

    // The row written straight from the data, as a compiler could at best make it: what escaping and writing cost.
    private static string HandWritten(Dictionary<string, object?> row)
    {
        var html = new StringBuilder(1024);
        void Text(string? value) => HtmlText.Append(html, value ?? "");
        var province = (Dictionary<string, object?>)row["province"]!;
        var sectors = (List<Dictionary<string, object?>>)row["sectors"]!;
        var (investment, area) = (row["investment"] as decimal?, row["area"] as decimal?);
        html.Append("<tr data-project data-province=\"");
        Text(province["slug"] as string);
        html.Append("\" data-sectors=\"");
        Text(string.Join(' ', sectors.Select(s => s["slug"])));
        html.Append("\" data-status=\"");
        Text(row["status"] as string);
        html.Append('"');
        if (investment is { } amount) html.Append(" data-investment=\"").Append(Invariant(amount)).Append('"');
        html.Append(">\n  <th scope=\"row\"><a href=\"");
        Text(row["url"] as string);
        html.Append('"');
        if (row["title_lang"] is string language) html.Append(" lang=\"").Append(HtmlText.Escape(language)).Append('"');
        html.Append('>');
        Text(row["title"] as string);
        html.Append("</a>");
        if (row["example"] is true)
            html.Append(" <span class=\"example\">").Append(HtmlText.Escape(Strings["example"])).Append("</span>");
        html.Append("</th>\n  <td><a href=\"");
        Text(province["url"] as string);
        html.Append("\">");
        Text(province["title"] as string);
        html.Append("</a></td>\n  <td>");
        Text(string.Join(", ", sectors.Select(s => s["title"])));
        html.Append("</td>\n  <td>");
        Text(Strings["status." + row["status"]]);
        html.Append("</td>\n  <td class=\"num\">");
        html.Append(investment is { } shown ? HtmlText.Escape(FormatNumber(shown)) : "<span class=\"na\">-</span>");
        html.Append("</td>\n  <td class=\"num\">");
        html.Append(area is { } size ? HtmlText.Escape(FormatNumber(size)) : "<span class=\"na\">-</span>");
        html.Append("</td>\n</tr>");
        return html.ToString();
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static Func<Dictionary<string, object?>, string> FluidRenderer()
    {
        var template = new FluidParser().Parse(LiquidRow);
        var options = new TemplateOptions();
        options.Filters.AddFilter("t", (input, _, _) => new StringValue(Strings[input.ToStringValue()]));
        options.Filters.AddFilter("format_number",
            (input, _, _) => new StringValue(FormatNumber(input.ToNumberValue())));
        // Like the build's escaping, letters of every script are written as they are; only markup is escaped.
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var context = new Fluid.TemplateContext(options);
        return project =>
        {
            context.SetValue("row", project);
            return template.Render(context, encoder);
        };
    }

    private static Func<Dictionary<string, object?>, string> HandlebarsRenderer()
    {
        var handlebars = HandlebarsDotNet.Handlebars.Create();
        handlebars.RegisterHelper("t",
            (writer, _, arguments) => writer.Write(Strings[arguments[0] as string ?? ""]));
        handlebars.RegisterHelper("t_status",
            (writer, _, arguments) => writer.Write(Strings["status." + arguments[0]]));
        handlebars.RegisterHelper("format_number",
            (writer, _, arguments) =>
                writer.Write(FormatNumber(Convert.ToDecimal(arguments[0], CultureInfo.InvariantCulture))));
        var template = handlebars.Compile(HandlebarsRow);
        return project => template(project);
    }

    // Titles as the sites have them, in Vietnamese, Japanese and Korean as well as English.
    private static readonly string[] Titles = ["Logistics park", "Khu công nghiệp Yên Phong", "港湾物流センター", "스마트 공장"];

    private static string FormatNumber(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    // A project of the shape the synthetic site has: its province, one to three sectors, some figures left out.
    private static Dictionary<string, object?> Project(int i) => new(StringComparer.Ordinal)
    {
        ["url"] = $"/en/projects/p-{i:00000}/",
        ["title"] = Titles[i % Titles.Length] + $" {i} & port <phase {i % 3 + 1}>",
        ["title_lang"] = i % 7 == 0 ? "vi" : null, ["status"] = i % 4 == 0 ? "signed" : "calling",
        ["example"] = i % 10 == 0, ["investment"] = i % 5 == 0 ? null : 10.5m + i,
        ["area"] = i % 3 == 0 ? null : 1.25m * (i + 1),
        ["province"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["slug"] = $"province-{i % 20}", ["url"] = $"/en/provinces/province-{i % 20}/",
            ["title"] = $"Province {i % 20}",
        },
        ["sectors"] = Enumerable.Range(0, i % 3 + 1).Select(s => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["slug"] = $"sector-{(i + s) % 10}", ["title"] = $"Sector {(i + s) % 10}",
        }).ToList(),
    };

    // The build's entry views are script objects made once and read by every page.
    private static Dictionary<Dictionary<string, object?>, object?> Views(Dictionary<string, object?>[] projects)
    {
        var views = new Dictionary<Dictionary<string, object?>, object?>(ReferenceEqualityComparer.Instance);
        foreach (var project in projects) views[project] = ToScriptObject(project);
        return views;
    }

    private static object? ToScriptObject(object? value) => value switch
    {
        Dictionary<string, object?> map => map.Aggregate(new ScriptObject(StringComparer.Ordinal),
            (o, pair) => { o[pair.Key] = ToScriptObject(pair.Value); return o; }),
        List<Dictionary<string, object?>> list => new ScriptArray(list.Select(ToScriptObject)),
        _ => value,
    };

    private static double Time(Dictionary<string, object?>[] projects, Func<Dictionary<string, object?>, string> render)
    {
        var clock = Stopwatch.StartNew();
        foreach (var project in projects) render(project);
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(int runs, Func<double> measure)
    {
        measure();
        var times = Enumerable.Range(0, runs).Select(_ => measure()).Order().ToArray();
        return times[times.Length / 2];
    }
}
