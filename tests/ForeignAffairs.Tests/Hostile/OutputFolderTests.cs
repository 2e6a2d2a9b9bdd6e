using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Output folders that are links, deploy folders with files of their own, and links planted in an output: a build
/// writes and deletes inside its output alone, and there only what it published before.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly HostileSite _site = new();
    private readonly string _beside;

    public OutputFolderTests()
    {
        _beside = Path.Combine(_site.Surroundings, $"beside-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_beside);
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_beside, recursive: true);
    }

    [Fact]
    public void An_output_that_is_a_link_to_the_site_folder_is_refused()
    {
        var link = Link("output-link", _site.Root);
        var outcome = _site.Run("build", "--output", link);
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{link}:0:0: error FA5001"], outcome.Problems);
    }

    [Fact]
    public void An_output_that_is_a_link_to_a_folder_holding_the_site_is_refused()
    {
        var link = Link("output-link", _site.Surroundings);
        var before = FolderState.Of(_beside);
        var outcome = _site.Run("build", "--output", link);
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{link}:0:0: error FA5001"], outcome.Problems);
        Assert.Equal(before, FolderState.Of(_beside));
    }

    [Fact]
    public void A_deploy_folder_is_refused_until_adopted_then_keeps_its_own_files_build_after_build()
    {
        var deploy = DeployFolder();
        var link = Link("output-link", deploy);
        var own = FolderState.Of(deploy);

        var refused = _site.Run("build", "--output", link);
        Assert.Equal(1, refused.Exit);
        Assert.Equal([$"{link}:0:0: error FA5001"], refused.Problems);
        Assert.Equal(own, FolderState.Of(deploy));

        Assert.Equal(0, _site.Run("build", "--output", link, "--adopt-output").Exit);
        AssertKept(own, deploy);
        Assert.True(File.Exists(Path.Combine(deploy, "en", "news", "fdi-2022", "index.html")));
        Assert.Equal(deploy, new DirectoryInfo(link).LinkTarget);

        // The next build needs no permission, and removes what it no longer publishes, and nothing else.
        Directory.Delete(_site.PathOf("content/news/fdi-2022"), recursive: true);
        Assert.Equal(0, _site.Run("build", "--output", link).Exit);
        AssertKept(own, deploy);
        Assert.False(Directory.Exists(Path.Combine(deploy, "en", "news", "fdi-2022")));
    }

    [Fact]
    public void A_file_of_the_deploy_folder_is_never_replaced_by_one_the_site_publishes()
    {
        var deploy = DeployFolder();
        File.WriteAllText(Path.Combine(deploy, "robots.txt"), "User-agent: *\nDisallow: /private/\n");
        var own = FolderState.Of(deploy);
        var outcome = _site.Run("build", "--output", deploy, "--adopt-output");
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{deploy}:0:0: error FA5001"], outcome.Problems);
        Assert.Equal(own, FolderState.Of(deploy));
    }

    [Fact]
    public void A_build_killed_while_carrying_the_deploy_folders_files_gives_them_back()
    {
        var deploy = DeployFolder();
        Assert.Equal(0, _site.Run("build", "--output", deploy, "--adopt-output").Exit);
        var whole = FolderState.Of(deploy);
        // As a build killed just before its swap leaves it: its staging folder, with its manifest, holds the deploy
        // folder's own files, carried over from the output.
        var staging = Path.Combine(_beside, $".deploy.staging-{DeadProcess()}");
        FixtureSite.CopyFolder(deploy, staging);
        foreach (var own in new[] { "CNAME", "docs", ".git" })
        {
            var from = Path.Combine(deploy, own);
            if (Directory.Exists(from)) Directory.Delete(from, recursive: true);
            else File.Delete(from);
        }

        Assert.Equal(0, _site.Run("build", "--output", deploy).Exit);
        Assert.Equal(whole, FolderState.Of(deploy));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_link_planted_in_the_output_is_never_followed()
    {
        var outside = Path.Combine(_beside, "precious");
        Directory.CreateDirectory(Path.Combine(outside, "sub"));
        File.WriteAllText(Path.Combine(outside, "sub", "letter.txt"), "keep me");
        var before = FolderState.Of(outside);
        // One link where the site publishes a folder, one where it publishes nothing.
        Directory.Delete(Path.Combine(_site.Output, "assets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_site.Output, "assets"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_site.Output, "en", "elsewhere"), outside);

        var clash = _site.Run("build");
        Assert.Equal(1, clash.Exit);
        Assert.Equal([$"{_site.Output}:0:0: error FA5001"], clash.Problems);

        File.Delete(Path.Combine(_site.Output, "assets"));
        var built = _site.Run("build");
        Assert.True(built.Exit == 0, built.Err);
        Assert.Equal(outside, new DirectoryInfo(Path.Combine(_site.Output, "en", "elsewhere")).LinkTarget);
        Assert.Equal(before, FolderState.Of(outside));
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        var file = Path.Combine(_beside, "site.zip");
        File.WriteAllText(file, "not a folder");
        var outcome = _site.Run("build", "--output", file);
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{file}:0:0: error FA5001"], outcome.Problems);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_inside_a_file_is_reported_as_not_writable()
    {
        var file = Path.Combine(_beside, "notes.txt");
        File.WriteAllText(file, "a file, not a folder");
        var output = Path.Combine(file, "site");
        var outcome = _site.Run("build", "--output", output);
        Assert.Equal(1, outcome.Exit);
        Assert.Equal([$"{output}:0:0: error FA5002"], outcome.Problems);
        Assert.Equal("a file, not a folder", File.ReadAllText(file));
    }

    private static int DeadProcess()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private string Link(string name, string target)
    {
        var link = Path.Combine(_beside, name);
        Directory.CreateSymbolicLink(link, target);
        return link;
    }

    // A folder as a deploy repository has it: its own history, a custom-domain file and documents of its own.
    private string DeployFolder()
    {
        var deploy = Path.Combine(_beside, "deploy");
        Directory.CreateDirectory(Path.Combine(deploy, ".git"));
        File.WriteAllText(Path.Combine(deploy, ".git", "config"), "[core]\n\tbare = false\n");
        File.WriteAllText(Path.Combine(deploy, "CNAME"), "invest.example.org\n");
        Directory.CreateDirectory(Path.Combine(deploy, "docs"));
        File.WriteAllText(Path.Combine(deploy, "docs", "brochure.txt"), "printed brochure");
        return deploy;
    }

    private static void AssertKept(SortedDictionary<string, string> own, string folder)
    {
        var now = FolderState.Of(folder);
        Assert.All(own, file => Assert.Equal(file.Value, now.GetValueOrDefault(file.Key)));
    }
}
