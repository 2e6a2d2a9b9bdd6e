using System.Text;
using ForeignAffairs.Publishing;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The folder a build writes into before it takes the output's place: its manifest lists what the build wrote and what
/// it counted as published (the search index), and a folder from which files were removed never replaces the output.
/// </summary>
public sealed class StagingFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fa-staging-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Output => Path.Combine(_root, "output");

    private static void Write(StagingFolder staging, string path, string text) =>
        staging.Write(path, Encoding.UTF8.GetBytes(text));

    // The manifest's lines in the order written, its header aside.
    private string[] Manifest() =>
        [.. File.ReadAllLines(Path.Combine(Output, OutputManifest.FileName)).Where(l => !l.StartsWith('#'))];

    [Fact]
    public void The_manifest_lists_the_files_written_and_those_another_program_wrote_beside_them_in_order()
    {
        using (var staging = StagingFolder.Create(Output))
        {
            Write(staging, "ko/index.html", "ko");
            Write(staging, "en/index.html", "en");
            Write(staging, "index.html", "root");
            // As Pagefind writes its index: files the staging folder did not write itself.
            Directory.CreateDirectory(Path.Combine(staging.Folder, "pagefind", "fragment"));
            File.WriteAllText(Path.Combine(staging.Folder, "pagefind", "pagefind.js"), "js");
            File.WriteAllText(Path.Combine(staging.Folder, "pagefind", "fragment", "en_1.pf_fragment"), "f");
            staging.Swap(staging.Kept(out var clashes));
            Assert.Empty(clashes);
        }

        Assert.Equal(
            [
                "en/index.html", "index.html", "ko/index.html", "pagefind/fragment/en_1.pf_fragment",
                "pagefind/pagefind.js",
            ],
            Manifest());
        Assert.Equal("en", File.ReadAllText(Path.Combine(Output, "en", "index.html")));
    }

    [Fact]
    public void A_file_written_twice_is_listed_once_and_what_another_program_left_behind_is_listed_to_be_removed()
    {
        using (var staging = StagingFolder.Create(Output))
        {
            Write(staging, "index.html", "first");
            Write(staging, "index.html", "second");
            // A work folder that a program could not remove, and a file it left: listed, so that the next build
            // removes them rather than keeping them as the deploy folder's own.
            Directory.CreateDirectory(Path.Combine(staging.Folder, ".work", "pages"));
            File.WriteAllText(Path.Combine(staging.Folder, ".work", "pages", "a.html"), "a");
            File.WriteAllText(Path.Combine(staging.Folder, "left.txt"), "left");
            staging.Swap(staging.Kept(out _));
        }

        Assert.Equal([".work/pages/a.html", "index.html", "left.txt"], Manifest());
        Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Among_many_page_folders_the_owners_files_are_kept_and_a_link_is_kept_as_a_link_never_followed()
    {
        string[] pages = [.. Enumerable.Range(0, 40).Select(i => $"en/projects/p{i:00}/index.html")];
        using (var first = StagingFolder.Create(Output))
        {
            foreach (var page in pages.Append("en/projects/old/index.html")) Write(first, page, page);
            first.Swap(first.Kept(out _));
        }
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "secret.txt"), "secret");
        File.WriteAllText(Path.Combine(Output, "CNAME"), "invest.example.org");
        File.WriteAllText(Path.Combine(Output, "en", "projects", "p07", "notes.txt"), "notes");
        Directory.Delete(Path.Combine(Output, "en", "projects", "old"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Output, "en", "projects", "old"), elsewhere);

        using (var second = StagingFolder.Create(Output))
        {
            foreach (var page in pages) Write(second, page, page);
            var kept = second.Kept(out var clashes);
            Assert.Equal(["CNAME", "en/projects/old", "en/projects/p07/notes.txt"], kept);
            Assert.Empty(clashes);
            second.Swap(kept);
        }

        Assert.Equal("notes", File.ReadAllText(Path.Combine(Output, "en", "projects", "p07", "notes.txt")));
        Assert.Equal(elsewhere, new DirectoryInfo(Path.Combine(Output, "en", "projects", "old")).LinkTarget);
        Assert.Equal("secret", File.ReadAllText(Path.Combine(elsewhere, "secret.txt")));
        Assert.Equal(pages, Manifest());
    }

    [Fact]
    public void A_file_removed_from_the_staging_folder_from_outside_stops_the_swap_and_the_output_is_unchanged()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "index.html"), "previous");
        using (var staging = StagingFolder.Create(Output))
        {
            Write(staging, "index.html", "new");
            Write(staging, "en/index.html", "new");
            File.Delete(Path.Combine(staging.Folder, "en", "index.html"));

            var ex = Assert.Throws<IOException>(() => staging.Swap(staging.Kept(out _)));
            Assert.Contains("were removed while the site was being written", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "en")));
        Assert.Equal([Output], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void A_staging_folder_removed_from_outside_while_the_site_is_written_never_replaces_the_output()
    {
        using (var staging = StagingFolder.Create(Output))
        {
            Write(staging, "en/index.html", "new");
            Directory.Delete(staging.Folder, recursive: true);
            Write(staging, "ko/index.html", "new");
            Assert.Null(staging.Failure);

            Assert.Throws<IOException>(() => staging.Swap(staging.Kept(out _)));
        }

        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }
}
