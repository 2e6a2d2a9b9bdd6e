using AngleSharp.Html.Parser;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// File names in an entry folder that try to publish a file elsewhere, or that must be escaped to be published.
/// </summary>
public sealed class ResourceNameTests
{
    private const string Entry = "content/projects/yen-phong-park";

    [Theory]
    [InlineData(@"x\..\..\..\index.html")]
    [InlineData(@"x\..\..\..\assets\site.css")]
    [InlineData(@"x\..\..\..\..\.git\config")]
    public void A_name_with_backslashes_and_parent_segments_is_refused(string name)
    {
        using var site = new HostileSite();
        site.Write($"{Entry}/{name}", "<script>alert(1)</script>");
        var outcome = site.Run("build", "--no-verify");
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{Entry}/{name}:0:0: error FA1013"], outcome.Problems);
    }

    [Fact]
    public void A_name_with_a_control_character_is_refused_and_printed_escaped()
    {
        using var site = new HostileSite();
        site.Write($"{Entry}/plan\u001b[31m.pdf", "%PDF");
        var outcome = site.Run("build");
        Assert.Equal(1, outcome.Exit);
        Assert.DoesNotContain('\u001b', outcome.Err);
        Assert.Equal([$"{Entry}/plan\\u001B[31m.pdf:0:0: error FA1013"], outcome.Problems);
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_reported_with_its_folder()
    {
        using var site = new HostileSite();
        // A Latin-1 'é' (0xE9) alone is not UTF-8, as in a name from an old archive. .NET can neither make nor remove
        // such a file, so the shell does.
        Shell(site.PathOf(Entry), @"touch ""$(printf 'plan-\351.pdf')""");
        try
        {
            var outcome = site.Run("build");
            Assert.Equal(1, outcome.Exit);
            Assert.Equal([$"{Entry}:0:0: error FA1013"], outcome.Problems);
        }
        finally
        {
            Shell(site.PathOf(Entry), "rm -f plan-*.pdf");
        }
    }

    [Fact]
    public void A_path_longer_than_published_files_may_have_is_refused()
    {
        using var site = new HostileSite();
        var name = string.Join('/', Enumerable.Repeat(new string('d', 60), 4)) + "/plan.pdf";
        site.Write($"{Entry}/{name}", "%PDF");
        var outcome = site.Run("build");
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{Entry}/{name}:0:0: error FA1013"], outcome.Problems);
    }

    [Fact]
    public void Names_with_hash_question_mark_and_space_are_published_and_linked_escaped()
    {
        using var site = new HostileSite();
        site.Write($"{Entry}/plan #1?.pdf", "%PDF");
        site.Write($"{Entry}/en.md", "See [the plan](plan%20%231%3F.pdf).\n");
        var outcome = site.Run("build");
        Assert.Equal(0, outcome.Exit);

        var published = Path.Combine(site.Output, "en", "projects", "yen-phong-park");
        Assert.True(File.Exists(Path.Combine(published, "plan #1?.pdf")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(published, "index.html")));
        var link = Assert.Single(page.QuerySelectorAll("a"), a => a.TextContent == "the plan");
        Assert.Equal("plan%20%231%3F.pdf", link.GetAttribute("href"));
    }

    [Fact]
    public void A_hash_in_a_file_name_written_unescaped_in_a_link_gets_a_hint_how_to_write_it()
    {
        using var site = new HostileSite();
        site.Write($"{Entry}/plan#1.pdf", "%PDF");
        site.Write($"{Entry}/en.md", "See [the plan](plan#1.pdf).\n");
        var outcome = site.Run("build");
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{Entry}/en.md:1:5: error FA3004"], outcome.Problems);
        Assert.Contains("plan%231.pdf", outcome.Err, StringComparison.Ordinal);
    }

    private static void Shell(string folder, string command)
    {
        using var process = System.Diagnostics.Process.Start(
            new System.Diagnostics.ProcessStartInfo("sh", ["-c", command])
            {
                WorkingDirectory = folder,
            })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
