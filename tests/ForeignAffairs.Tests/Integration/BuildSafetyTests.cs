using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>Builds are deterministic, and a failed build never touches the previous output.</summary>
public sealed class BuildSafetyTests
{
    [Fact]
    public void Two_builds_of_the_same_input_give_byte_identical_trees()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var first = Path.Combine(fixture.Root, "..", Path.GetFileName(fixture.Root) + "-a");
        var second = Path.Combine(fixture.Root, "..", Path.GetFileName(fixture.Root) + "-b");
        try
        {
            fixture.BuildSuccessfully(first);
            fixture.BuildSuccessfully(second);
            Assert.Equal(OutputSnapshot.Of(first), OutputSnapshot.Of(second));
        }
        finally
        {
            foreach (var folder in new[] { first, second }.Where(Directory.Exists)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Two_builds_of_the_sample_site_search_index_included_are_byte_identical()
    {
        var first = Path.Combine(Path.GetTempPath(), "fa-tests", $"sample-a-{Guid.NewGuid():N}");
        var second = Path.Combine(Path.GetTempPath(), "fa-tests", $"sample-b-{Guid.NewGuid():N}");
        try
        {
            Assert.True(SiteBuilder.Build(new BuildOptions(RepositoryRoot.Path, first)).Succeeded);
            Assert.True(SiteBuilder.Build(new BuildOptions(RepositoryRoot.Path, second)).Succeeded);
            var snapshot = OutputSnapshot.Of(first);
            Assert.Contains(snapshot.Keys, k => k.StartsWith("pagefind/", StringComparison.Ordinal));
            Assert.Equal(snapshot, OutputSnapshot.Of(second));
        }
        finally
        {
            foreach (var folder in new[] { first, second }.Where(Directory.Exists)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.BuildSuccessfully();
        var before = OutputSnapshot.Of(fixture.Output);

        fixture.Write("content/projects/yen-phong-park/index.yaml",
            "title: Broken\nprovince: bac-ninh\nstatus: [open\n");
        var result = fixture.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal("content/projects/yen-phong-park/index.yaml", error.Location.Path);
        Assert.Equal(before, OutputSnapshot.Of(fixture.Output));
        Assert.Empty(Directory.EnumerateDirectories(fixture.Root, ".output.*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_previous_output_entirely()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.BuildSuccessfully();
        Directory.Delete(Path.Combine(fixture.Root, "content", "news", "fdi-2022"), true);
        var built = fixture.BuildSuccessfully();
        Assert.False(built.Has("en/news/fdi-2022/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(fixture.Root, ".output.*"));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_cleared_by_the_next_build()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        Directory.CreateDirectory(Path.Combine(fixture.Root, ".output.staging-99999", "en"));
        fixture.BuildSuccessfully();
        Assert.False(Directory.Exists(Path.Combine(fixture.Root, ".output.staging-99999")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("content/out")]
    public void The_output_may_not_be_the_site_folder_contain_it_or_lie_in_its_content(string relative)
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var result = fixture.Build(Path.GetFullPath(Path.Combine(fixture.Root, relative)));
        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.InvalidOutput, Assert.Single(result.Diagnostics).Code);
        Assert.True(Directory.Exists(Path.Combine(fixture.Root, "content")));
    }

    [Fact]
    public void A_folder_of_other_files_is_never_replaced_by_a_build()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var elsewhere = Path.Combine(fixture.Root, "documents");
        fixture.Write("documents/letter.txt", "keep me");
        var result = fixture.Build(elsewhere);
        Assert.Equal(DiagnosticCodes.InvalidOutput, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(elsewhere, "letter.txt")));
    }
}
