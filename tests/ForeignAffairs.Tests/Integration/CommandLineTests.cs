using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>The <c>build</c> command: its exit codes, messages and summary.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void A_successful_build_exits_0_and_summarises_pages_per_language()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var (exit, stdout, stderr) = CommandLine.Run("build", "--source", fixture.Root);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"^Built 62 pages \(en 20, ja 20, ko 20, root 2\) and copied 9 files in \d+\.\d\d s to ",
            stdout);
    }

    [Fact]
    public void Content_errors_exit_1_with_compiler_style_messages_and_no_stack_trace()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/projects/yen-phong-park/index.yaml",
            "title: Park\nprovince: bac-nihn\nsectors: [electronics]\nstatus: opne\npublished: 2026-02-30\n");
        var (exit, _, stderr) = CommandLine.Run("build", "--source", fixture.Root);
        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("content/projects/yen-phong-park/index.yaml:2:11: error FA3003: " +
            "there is no entry 'bac-nihn' in provinces/ (did you mean 'bac-ninh'?)", lines[0]);
        Assert.Equal("content/projects/yen-phong-park/index.yaml:4:9: error FA2005: " +
            "'opne' is not allowed here (did you mean 'open'?)", lines[1]);
        Assert.StartsWith("content/projects/yen-phong-park/index.yaml:5:12: error FA2004: " +
            "'2026-02-30' is not a valid date", lines[2]);
        Assert.StartsWith("Build failed: 3 error(s)", lines[3]);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(fixture.Output));
    }

    [Theory]
    [InlineData]
    [InlineData("publish")]
    [InlineData("build", "--sorce", ".")]
    [InlineData("build", "--output")]
    [InlineData("build", "--base-url", "not a url")]
    [InlineData("build", "--source", "/no/such/folder")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        var (exit, stdout, stderr) = CommandLine.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("foreign-affairs: ", stderr);
    }

    [Fact]
    public void Base_url_on_the_command_line_replaces_the_one_in_site_yaml()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var (exit, _, _) = CommandLine.Run("build", "--source", fixture.Root,
            "--base-url", "https://preview.example.net/site");
        Assert.Equal(0, exit);
        var built = new BuiltSite(fixture.Output, null!);
        var page = built.Page("en/provinces/bac-ninh/index.html");
        Assert.Equal("https://preview.example.net/site/en/provinces/bac-ninh/",
            page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/site/en/projects/yen-phong-park/", page.QuerySelector("#related a")!.GetAttribute("href"));
        Assert.Empty(built.BrokenInternalLinks(new Uri("https://preview.example.net/site/")));
    }

    [Fact]
    public void Help_exits_0()
    {
        var (exit, stdout, _) = CommandLine.Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage: foreign-affairs <command> [options]", stdout);
    }
}
