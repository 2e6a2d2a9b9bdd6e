using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;
using ForeignAffairs.Tests.Unit;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>init</c>: a site that builds and verifies at once, with the built-in theme and drafts that say they are examples;
/// the languages and title given; what a site's repository needs beside its content; and the folders it refuses.
/// </summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Site => Path.Combine(_folder.Root, "invest");

    [Fact]
    public void A_new_site_builds_and_verifies_without_errors_and_publishes_none_of_its_examples()
    {
        // A new repository: only its git folder and README.
        _folder.Folder("invest/.git");
        _folder.Write("invest/README.md", "# Invest in Hải Phòng\n");

        var init = CommandLine.Run("init", Site);
        var build = CommandLine.Run("build", "--source", Site, "--format", "json", "--offline");

        Assert.True(init.Exit == 0, init.Err);
        Assert.True(build.Exit == 0, build.Out + build.Err);
        var problems = JsonNode.Parse(build.Out)!["diagnostics"]!.AsArray().Select(p => (string?)p!["code"]);
        // Pagefind is not installed in the new site, and an offline build does not install it: search is left out, as
        // it says.
        Assert.Equal([DiagnosticCodes.SearchUnavailable], problems);
        Assert.Equal("# Invest in Hải Phòng\n", File.ReadAllText(Path.Combine(Site, "README.md")));
        var output = Path.Combine(Site, "output");
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en/index.html")));
        Assert.Equal("Investment promotion portal", home.QuerySelector("title")?.TextContent);
        Assert.DoesNotContain(Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories),
            d => Path.GetFileName(d) == "example");
        Assert.All(Collection.All, c =>
            Assert.Equal("true", Scalar(Yaml($"content/{c.Name}/example/index.yaml"), "draft")));
    }

    [Fact]
    public void An_example_published_says_that_it_is_an_example()
    {
        Assert.Equal(0, CommandLine.Run("init", Site).Exit);
        var index = Path.Combine(Site, "content/pages/example/index.yaml");
        File.WriteAllText(index, File.ReadAllText(index).Replace("draft: true\n", "", StringComparison.Ordinal));

        var built = BuildSite();

        var main = built.Page("en/example/index.html").QuerySelector("main")!;
        Assert.Equal("This is an example.", main.QuerySelector("p > strong")?.TextContent);
        Assert.Equal("Example", main.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public void The_languages_and_title_given_are_written_for_every_language()
    {
        const string title = "Invest in Hải Phòng: \"port city\" #1";

        var init = CommandLine.Run("init", Site, "--languages", "ja,en", "--title", title);

        Assert.True(init.Exit == 0, init.Err);
        var settings = Yaml("content/site.yaml");
        Assert.Equal("ja", Scalar(settings, "default_language"));
        var languages = ((YamlSequenceNode)settings.Children[new YamlScalarNode("languages")])
            .Cast<YamlMappingNode>().ToArray();
        Assert.Equal(["ja", "en"], languages.Select(l => Scalar(l, "code")));
        Assert.Equal(["日本語", "English"], languages.Select(l => Scalar(l, "name")));
        var titles = (YamlMappingNode)settings.Children[new YamlScalarNode("title")];
        Assert.Equal([("ja", title), ("en", title)],
            titles.Select(t => (((YamlScalarNode)t.Key).Value, ((YamlScalarNode)t.Value).Value)));
        Assert.Equal(["en.md", "index.yaml", "ja.md"],
            Directory.GetFiles(Path.Combine(Site, "content/projects/example"))
                .Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var built = BuildSite();
        Assert.Equal(title, built.Page("ja/index.html").QuerySelector("title")?.TextContent);
        Assert.Equal("ja", built.Page("index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_right_to_left_language_is_written_so()
    {
        Assert.Equal(0, CommandLine.Run("init", Site, "--languages", "en,ar").Exit);

        var languages = ((YamlSequenceNode)Yaml("content/site.yaml").Children[new YamlScalarNode("languages")])
            .Cast<YamlMappingNode>();

        Assert.Equal([null, "rtl"], languages.Select(l => Scalar(l, "direction")));
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("en,,ja")]
    [InlineData("en,ja,en")]
    [InlineData("english")]
    public void Languages_that_are_not_codes_or_given_twice_are_refused(string languages)
    {
        var (exit, _, stderr) = CommandLine.Run("init", Site, "--languages", languages);

        Assert.Equal(2, exit);
        Assert.StartsWith("foreign-affairs: ", stderr);
        Assert.False(Directory.Exists(Site));
    }

    [Fact]
    public void A_folder_that_holds_a_site_is_refused_and_left_as_it_was()
    {
        Assert.Equal(0, CommandLine.Run("init", Site).Exit);
        File.WriteAllText(Path.Combine(Site, "content/site.yaml"), "title: Mine\n");
        var before = FolderState.Of(Site);

        var (exit, _, stderr) = CommandLine.Run("init", Site, "--languages", "en,ja");

        Assert.Equal(1, exit);
        Assert.Contains("content/", stderr);
        Assert.Equal(before, FolderState.Of(Site));
    }

    [Fact]
    public void A_file_init_would_write_is_never_replaced()
    {
        _folder.Write("invest/.gitignore", "bin/\n");
        var before = FolderState.Of(Site);

        var (exit, _, stderr) = CommandLine.Run("init", Site);

        Assert.Equal(1, exit);
        Assert.Contains(".gitignore", stderr);
        Assert.Equal(before, FolderState.Of(Site));
    }

    [Fact]
    public void The_repository_files_publish_with_the_installed_tool_and_map_the_schemas_for_editors()
    {
        Assert.Equal(0, CommandLine.Run("init", Site, "--languages", "en,ja,ko").Exit);

        Assert.Equal(["output/", "node_modules/"], File.ReadAllLines(Path.Combine(Site, ".gitignore")));
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Yaml(".github/workflows/publish.yml")
            .Children[new YamlScalarNode("jobs")])["build"])["steps"]).Cast<YamlMappingNode>().ToArray();
        var runs = steps.Select(s => Scalar(s, "run")).OfType<string>().ToArray();
        Assert.Contains(runs,
            r => r.StartsWith("dotnet tool install -g foreign-affairs --version ", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.StartsWith("foreign-affairs build --base-url ", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Contains("dotnet run", StringComparison.Ordinal));
        Assert.Equal(
            Json(Path.Combine(RepositoryRoot.Path, "package.json"))["devDependencies"]!["pagefind"]!.GetValue<string>(),
            Json(Path.Combine(Site, "package.json"))["devDependencies"]!["pagefind"]!.GetValue<string>());

        // The same editor settings and schemas as the sample site's, which is in these three languages.
        Assert.True(JsonNode.DeepEquals(Json(Path.Combine(RepositoryRoot.Path, ".vscode/settings.json")),
            Json(Path.Combine(Site, ".vscode/settings.json"))));
        foreach (var schema in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "schemas")))
            Assert.Equal(File.ReadAllText(schema),
                File.ReadAllText(Path.Combine(Site, "schemas", Path.GetFileName(schema))));
    }

    private BuiltSite BuildSite()
    {
        var result = SiteBuilder.Build(new BuildOptions(Site));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new BuiltSite(Path.Combine(Site, "output"), result);
    }

    private YamlMappingNode Yaml(string relativePath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Site, relativePath))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static JsonNode Json(string path) => JsonNode.Parse(File.ReadAllText(path))!;
}
