using System.Text;
using ForeignAffairs.Rendering;
using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A partial gets what it shows from its caller as arguments (named ones, read as <c>$name</c>, or a cached partial's
/// keys, read as <c>$1</c>, <c>$2</c>...) and keeps its own working variables local (<c>$name</c>). It reads no
/// variable that another template of its theme sets, and sets none that another could read: what a partial needs is
/// written where it is called, and a theme author who changes one template cannot break another through a variable they
/// did not know of.
/// </summary>
public sealed class ThemePartialInputsTests
{
    private const string PartialsFolder = "layouts/partials/";

    // The built-in theme, and the themes of the fixture sites: the shared test theme, and a site's overrides of the
    // built-in theme, which its partials are checked against.
    private static readonly Dictionary<string, IReadOnlyList<TemplateNames>> Themes = new()
    {
        ["built-in"] = BuiltIn(),
        ["Sites/_theme"] = Folder("Sites/_theme"),
        ["Sites/theme-overrides/themes/default"] = [.. Folder("Sites/theme-overrides/themes/default"), .. BuiltIn()],
    };

    public static TheoryData<string, string> Partials
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (theme, templates) in Themes)
            {
                // A site's own partials only: the built-in ones beneath them are checked as the built-in theme.
                var own = theme.StartsWith("Sites/theme-overrides", StringComparison.Ordinal)
                    ? templates.Where(t => !t.BuiltIn) : templates;
                foreach (var partial in own.Where(t => t.Path.StartsWith(PartialsFolder, StringComparison.Ordinal)))
                    data.Add(theme, partial.Path);
            }
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
        var setElsewhere = Themes[theme].Where(t => t != template)
            .SelectMany(t => t.Assigned.Concat(t.LoopVariables)).ToHashSet();

        Assert.Equal([], template.Read.Except(template.LoopVariables).Where(setElsewhere.Contains).Order());
    }

    private static TemplateNames Find(string theme, string partial) => Themes[theme].First(t => t.Path == partial);

    private static TemplateNames[] BuiltIn() =>
    [
        .. BuiltInTheme.Files.Where(f => f.StartsWith("layouts/", StringComparison.Ordinal))
            .Select(f => TemplateNames.Of(f, Encoding.UTF8.GetString(BuiltInTheme.Read(f).Span), builtIn: true)),
    ];

    private static TemplateNames[] Folder(string folder)
    {
        var root = Path.Combine(AppContext.BaseDirectory, folder);
        return
        [
            .. Directory.EnumerateFiles(Path.Combine(root, "layouts"), "*.html", SearchOption.AllDirectories)
                .Select(f => TemplateNames.Of(
                    Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f), builtIn: false)),
        ];
    }

    /// <summary>The global variables a template reads and sets, and the variables of its loops.</summary>
    private sealed record TemplateNames(string Path, bool BuiltIn, IReadOnlySet<string> Read,
        IReadOnlySet<string> Assigned, IReadOnlySet<string> LoopVariables)
    {
        public static TemplateNames Of(string path, string text, bool builtIn)
        {
            var template = Template.Parse(text, path);
            Assert.False(template.HasErrors, string.Join('\n', template.Messages));
            var (read, assigned, loops) = (new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

            // A variable written to, or whose members or items are, is set; any other is read. Members, named arguments
            // and the keys of object literals are names, not variables.
            void Walk(ScriptNode? node, bool written)
            {
                switch (node)
                {
                    case null:
                        return;
                    case ScriptVariableGlobal global:
                        (written ? assigned : read).Add(global.Name);
                        return;
                    case ScriptAssignExpression assign:
                        Walk(assign.Target, written: true);
                        Walk(assign.Value, written: false);
                        return;
                    case ScriptCaptureStatement capture:
                        Walk(capture.Target, written: true);
                        Walk(capture.Body, written: false);
                        return;
                    case ScriptMemberExpression member:
                        Walk(member.Target, written);
                        return;
                    case ScriptIndexerExpression indexer:
                        Walk(indexer.Target, written);
                        Walk(indexer.Index, written: false);
                        return;
                    case ScriptNamedArgument named:
                        Walk(named.Value, written: false);
                        return;
                    case ScriptObjectMember objectMember:
                        Walk(objectMember.Value, written: false);
                        return;
                    case ScriptForStatement loop when loop.Variable is ScriptVariableGlobal variable:
                        loops.Add(variable.Name);
                        break;
                }
                for (var i = 0; i < node.ChildrenCount; i++)
                {
                    var child = node.GetChildren(i);
                    if (node is not ScriptForStatement loop || child != loop.Variable) Walk(child, written: false);
                }
            }

            Walk(template.Page, written: false);
            return new TemplateNames(path, builtIn, read, assigned, loops);
        }
    }
}
