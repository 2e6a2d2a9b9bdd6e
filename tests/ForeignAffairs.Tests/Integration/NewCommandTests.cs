using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>new &lt;collection&gt; &lt;slug&gt;</c>: a draft entry listing every field of its collection, which check accepts
/// and build leaves out until the editor has filled it in and deleted its draft line; and the slugs it refuses.
/// </summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages");

    public void Dispose() => _fixture.Dispose();

    public static TheoryData<string> Collections => new(Collection.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Collections))]
    public void Creates_a_draft_that_check_accepts_and_build_leaves_out(string collection)
    {
        var (exit, stdout, stderr) = CommandLine.Run("new", collection, "hai-phong-2026", "--source", _fixture.Root);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"content/{collection}/hai-phong-2026/", stdout);
        var folder = Path.Combine(_fixture.Root, "content", collection, "hai-phong-2026");
        Assert.Equal(["en.md", "index.yaml", "ja.md", "ko.md"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var index = File.ReadAllText(Path.Combine(folder, "index.yaml"));
        // Every field of the collection is there, with what it is for.
        foreach (var field in Validation.ContentSchemas.For(Collection.Find(collection)!).Fields
            .Where(f => f.Name != "draft"))
        {
            Assert.Contains($"# {(field.Required ? "(required) " : "")}{field.Description}", index);
            Assert.Matches($"(?m)^(# )?{field.Name}:", index);
        }

        var check = CommandLine.Run("check", "--source", _fixture.Root, "--format", "json");
        Assert.Equal(0, check.Exit);
        var problems = JsonNode.Parse(check.Out)!["diagnostics"]!.AsArray();
        Assert.All(problems, p => Assert.Equal(DiagnosticCodes.DraftIncomplete, (string?)p!["code"]));
        Assert.All(problems, p => Assert.Equal($"content/{collection}/hai-phong-2026/index.yaml", (string?)p!["path"]));

        var built = _fixture.BuildSuccessfully();
        Assert.False(built.Has($"en/{collection}/hai-phong-2026/index.html"));
        Assert.Equal([$"{collection}/hai-phong-2026"], built.Result.Drafts);
    }

    [Fact]
    public void A_draft_filled_in_and_undrafted_is_published()
    {
        Assert.Equal(0, CommandLine.Run("new", "projects", "hai-phong-logistics-park", "--source", _fixture.Root).Exit);
        var index = Path.Combine(_fixture.Root, "content/projects/hai-phong-logistics-park/index.yaml");
        File.WriteAllText(index, File.ReadAllText(index)
            .Replace("draft: true\n", "")
            .Replace("province:\n", "province: bac-ninh\n")
            .Replace("sectors:\n", "sectors: [electronics]\n"));
        _fixture.Write("content/projects/hai-phong-logistics-park/en.md", "A logistics park by the port.\n");

        var built = _fixture.BuildSuccessfully();

        var page = built.Page("en/projects/hai-phong-logistics-park/index.html");
        Assert.Equal("Hai Phong Logistics Park", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("A logistics park by the port.", page.QuerySelector("main")?.TextContent);
        // ja.md and ko.md are still empty: those pages show the English text and say so.
        Assert.NotNull(built.Page("ja/projects/hai-phong-logistics-park/index.html").QuerySelector("#fallback-notice"));
        Assert.Empty(built.Result.Drafts);
    }

    [Fact]
    public void A_new_entry_names_only_published_entries_as_examples_of_what_it_may_refer_to()
    {
        // A draft marked as check reads it, with a comment after the value, is a draft here too.
        var draft = Path.Combine(_fixture.Root, "content/provinces/an-giang/index.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(draft)!);
        File.WriteAllText(draft, "draft: yes  # the figures are not confirmed yet\ntitle: An Giang\n");

        Assert.Equal(0, CommandLine.Run("new", "projects", "hai-phong-logistics-park", "--source", _fixture.Root).Exit);

        var index = File.ReadAllText(
            Path.Combine(_fixture.Root, "content/projects/hai-phong-logistics-park/index.yaml"));
        Assert.Contains("(the slug of an entry in provinces/: bac-ninh, da-nang)\nprovince:", index,
            StringComparison.Ordinal);
        Assert.DoesNotContain("an-giang", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_entry_cannot_refer_to_a_draft()
    {
        Assert.Equal(0, CommandLine.Run("new", "provinces", "hai-phong", "--source", _fixture.Root).Exit);
        var project = Path.Combine(_fixture.Root, "content/projects/yen-phong-park/index.yaml");
        File.WriteAllText(project, System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(project), "(?m)^province: .*$", "province: hai-phong"));

        var result = _fixture.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.Equal("content/projects/yen-phong-park/index.yaml", error.Location.Path);
        Assert.Contains("is still a draft", error.Message);
    }

    [Fact]
    public void A_published_page_cannot_link_to_a_draft()
    {
        Assert.Equal(0, CommandLine.Run("new", "projects", "hai-phong-logistics-park", "--source", _fixture.Root).Exit);
        File.AppendAllText(Path.Combine(_fixture.Root, "content/pages/about/en.md"),
            "\nSee [the park](projects/hai-phong-logistics-park).\n");

        var result = _fixture.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Equal("content/pages/about/en.md", error.Location.Path);
        Assert.Contains("is still a draft", error.Message);
        Assert.Equal(["projects/hai-phong-logistics-park"], result.Drafts);
    }

    [Fact]
    public void A_draft_is_still_checked_for_values_of_the_wrong_kind()
    {
        Assert.Equal(0, CommandLine.Run("new", "projects", "hai-phong-logistics-park", "--source", _fixture.Root).Exit);
        var index = Path.Combine(_fixture.Root, "content/projects/hai-phong-logistics-park/index.yaml");
        File.WriteAllText(index, File.ReadAllText(index).Replace("status: open", "status: maybe"));

        var (exit, _, stderr) = CommandLine.Run("check", "--source", _fixture.Root);

        Assert.Equal(1, exit);
        Assert.Contains("content/projects/hai-phong-logistics-park/index.yaml", stderr);
        Assert.Contains("error FA2", stderr);
    }

    [Theory]
    [InlineData("projects", "Hai_Phong", 2, "cannot be used in a web address", "'hai-phong'")]
    [InlineData("projects", "status", 2, "taken by the site itself", "choose another slug")]
    [InlineData("project", "hai-phong", 2, "'project' is not a collection", "'projects'")]
    [InlineData("projects", "yen-phong-park", 1, "already exists", "edit that entry")]
    [InlineData("projects", "Yen-Phong-Park", 2, "cannot be used in a web address", "'yen-phong-park'")]
    public void Refuses_a_bad_or_taken_slug_and_creates_nothing(
        string collection, string slug, int expectedExit, string problem, string hint)
    {
        var before = OutputSnapshot.Of(Path.Combine(_fixture.Root, "content"));

        var (exit, _, stderr) = CommandLine.Run("new", collection, slug, "--source", _fixture.Root);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(problem, stderr);
        Assert.Contains(hint, stderr);
        Assert.Equal(before, OutputSnapshot.Of(Path.Combine(_fixture.Root, "content")));
    }

    [Fact]
    public void Needs_a_collection_and_a_slug()
    {
        var (exit, _, stderr) = CommandLine.Run("new", "projects", "--source", _fixture.Root);

        Assert.Equal(2, exit);
        Assert.Contains("new takes a collection and a slug", stderr);
    }
}
