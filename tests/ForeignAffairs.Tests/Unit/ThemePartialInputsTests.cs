using System.Text;
using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;
using Scriban;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A partial gets what it shows from its caller as arguments (named ones, read as <c>$name</c>, or a cached partial's
/// keys, read as <c>$1</c>, <c>$2</c>...) and keeps its own working variables local (<c>$name</c>). It reads no
/// variable that another template of its theme sets, and sets none that another could read: what a partial needs is
/// written where it is called, and a theme author who changes one template cannot break another through a variable they
/// did not know of. Of what every template gets, it reads only what the README's theme author's guide shows.
/// </summary>
public sealed class ThemePartialInputsTests
{
    private const string PartialsFolder = "layouts/partials/";

    // The built-in theme, and the themes of the fixture sites: the shared test theme, and a site's overrides of the
    // built-in theme, whose own partials are checked against the built-in templates beneath them.
    private static readonly Dictionary<string, (TemplateVariables[] Own, TemplateVariables[] All)> Themes = new()
    {
        ["built-in"] = (BuiltIn(), BuiltIn()),
        ["Sites/_theme"] = (Folder("Sites/_theme"), Folder("Sites/_theme")),
        ["Sites/theme-overrides/themes/default"] = (Folder("Sites/theme-overrides/themes/default"),
            [.. Folder("Sites/theme-overrides/themes/default"), .. BuiltIn()]),
    };

    // What every template gets: the variables and functions the guide's examples read, Scriban's own functions, and the
    // state of the loop being run (for.index, for.last).
    private static readonly HashSet<string> Given =
    [
        .. ThemeGuide.Examples.Select(e => ParsedTemplate.Variables("guide", e.Template))
            .SelectMany(v => v.Read.Keys.Except(v.Assigned)),
        .. new TemplateContext().BuiltinObject.Keys,
        "for",
    ];

    public static TheoryData<string, string> Partials
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (theme, (own, _)) in Themes)
            foreach (var partial in own.Where(t => t.Path.StartsWith(PartialsFolder, StringComparison.Ordinal)))
                data.Add(theme, partial.Path);
            return data;
        }
    }

    [Fact]
    public void The_built_in_theme_has_partials_to_check()
    {
        Assert.Contains(Partials,
            row => (string)row[0] == "built-in" && (string)row[1] == "layouts/partials/project-table.html");
    }

    [Theory]
    [MemberData(nameof(Partials))]
    public void A_partial_sets_no_variable_that_another_template_could_read(string theme, string partial)
    {
        Assert.Equal([], Find(theme, partial).Assigned.Order());
    }

    [Theory]
    [MemberData(nameof(Partials))]
    public void A_partial_reads_no_variable_that_another_template_of_its_theme_sets(string theme, string partial)
    {
        var template = Find(theme, partial);
        var setElsewhere = Themes[theme].All.Where(t => t.Path != template.Path)
            .SelectMany(t => t.Assigned.Concat(t.LoopVariables)).ToHashSet();

        Assert.Equal([], template.Read.Keys.Except(template.LoopVariables).Where(setElsewhere.Contains).Order());
    }

    [Theory]
    [MemberData(nameof(Partials))]
    public void A_partial_reads_only_what_every_template_gets_as_the_guide_shows_it(string theme, string partial)
    {
        var template = Find(theme, partial);

        Assert.Equal([],
            template.Read.Keys.Except(template.LoopVariables).Where(name => !Given.Contains(name)).Order());
    }

    private static TemplateVariables Find(string theme, string partial) =>
        Themes[theme].Own.First(t => t.Path == partial);

    private static TemplateVariables[] BuiltIn() =>
    [
        .. BuiltInTheme.Files.Where(f => f.StartsWith("layouts/", StringComparison.Ordinal))
            .Select(f => ParsedTemplate.Variables(f, Encoding.UTF8.GetString(BuiltInTheme.Read(f).Span))),
    ];

    private static TemplateVariables[] Folder(string folder)
    {
        var root = Path.Combine(AppContext.BaseDirectory, folder);
        return
        [
            .. Directory.EnumerateFiles(Path.Combine(root, "layouts"), "*.html", SearchOption.AllDirectories)
                .Select(f => ParsedTemplate.Variables(
                    Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f))),
        ];
    }
}
