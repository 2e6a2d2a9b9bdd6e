using System.Text.Json.Nodes;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The <c>check</c> command: validates everything, writes nothing, and reports in the editor's or the tool's format.
/// </summary>
[Collection(EnvironmentVariables.Collection)]
public sealed class CheckCommandTests
{
    [Fact]
    public void A_clean_site_exits_0_and_writes_nothing()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var (exit, stdout, _) = CommandLine.Run("check", "--source", fixture.Root);
        Assert.Equal(0, exit);
        Assert.Matches(@"^Checked the site in \d+\.\d\d s: 0 error\(s\), 0 warning\(s\)\.", stdout);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Fact]
    public void Errors_exit_1_and_are_listed_sorted_with_a_count()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/sectors/electronics/index.yaml", "title: Electronics\nincentive: none\n");
        fixture.Write("content/news/fdi-2022/index.yaml", "title: News\ndate: 2023-3-9\n");
        var (exit, _, stderr) = CommandLine.Run("check", "--source", fixture.Root);
        Assert.Equal(1, exit);
        var lines = stderr.TrimEnd().Split('\n');
        Assert.StartsWith("content/news/fdi-2022/index.yaml:2:7: error FA2004: ", lines[0]);
        Assert.StartsWith("content/sectors/electronics/index.yaml:2:1: error FA2002: " +
            "an entry of sectors/ has no field 'incentive' (did you mean 'incentives'?)", lines[1]);
        Assert.StartsWith("Checked the site in ", lines[2]);
        Assert.EndsWith(": 2 error(s), 0 warning(s).", lines[2]);
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/sectors/electronics/en.md", "Electronics.\n\n<b onclick=\"x()\">Bold</b>\n");
        Assert.Equal(0, CommandLine.Run("check", "--source", fixture.Root).Exit);
        var (exit, _, stderr) = CommandLine.Run("check", "--source", fixture.Root, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("content/sectors/electronics/en.md:3:1: warning FA3012: ", stderr);
    }

    [Fact]
    public void Json_format_gives_every_field_of_every_diagnostic()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/projects/yen-phong-park/index.yaml",
            "title: Park\nprovince: bac-ninh\nsectors: [electronics]\nstatus: opne\npublished: 2026-01-01\n");
        var (exit, stdout, stderr) = CommandLine.Run("check", "--source", fixture.Root, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal("", stderr);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal(1, json["errors"]!.GetValue<int>());
        Assert.Equal(0, json["warnings"]!.GetValue<int>());
        var diagnostic = json["diagnostics"]!.AsArray().Single()!;
        Assert.Equal("FA2005", diagnostic["code"]!.GetValue<string>());
        Assert.Equal("error", diagnostic["severity"]!.GetValue<string>());
        Assert.Equal("content/projects/yen-phong-park/index.yaml", diagnostic["path"]!.GetValue<string>());
        Assert.Equal(4, diagnostic["line"]!.GetValue<int>());
        Assert.Equal(9, diagnostic["column"]!.GetValue<int>());
        Assert.Equal("'opne' is not allowed here", diagnostic["message"]!.GetValue<string>());
        Assert.Equal("did you mean 'open'?", diagnostic["hint"]!.GetValue<string>());
    }

    [Fact]
    public void On_GitHub_Actions_diagnostics_are_also_workflow_annotations()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/projects/yen-phong-park/index.yaml",
            "title: Park\nprovince: bac-ninh\nsectors: [electronics]\nstatus: opne\npublished: 2026-01-01\n");
        using var _ = EnvironmentVariables.Set("GITHUB_ACTIONS", "true");
        var (_, stdout, _) = CommandLine.Run("check", "--source", fixture.Root);
        Assert.Contains("::error file=content/projects/yen-phong-park/index.yaml,line=4,col=9,title=FA2005::" +
            "'opne' is not allowed here (did you mean 'open'?)",
            stdout.Split('\n').Select(l => l.TrimEnd()));
    }

    [Fact]
    public void Build_runs_the_same_checks_first()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/sectors/electronics/en.md", "See [x](provinces/nowhere).\n");
        var (exit, _, stderr) = CommandLine.Run("build", "--source", fixture.Root);
        Assert.Equal(1, exit);
        Assert.StartsWith("content/sectors/electronics/en.md:1:5: error FA3004: ", stderr);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Theory]
    [InlineData("check", "--strict=yes")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--output", "x")]
    public void Wrong_usage_exits_2(params string[] args) => Assert.Equal(2, CommandLine.Run(args).Exit);
}
