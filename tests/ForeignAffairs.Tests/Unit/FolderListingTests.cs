using System.Diagnostics;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A folder's entries with their kinds as the listing gives them: a link is a link whatever it leads to, and is never
/// followed.
/// </summary>
public sealed class FolderListingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_entry_has_its_kind_and_a_link_is_never_followed()
    {
        _folder.Write("site/index.html", "<p>");
        _folder.Write("site/ja/index.html", "<p>");
        _folder.Write("elsewhere/secret.txt", "secret");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "site", "linked-folder"),
            Path.Combine(_folder.Root, "elsewhere"));
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "site", "linked-file"),
            Path.Combine(_folder.Root, "elsewhere", "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "site", "dangling"), Path.Combine(_folder.Root, "gone"));
        _folder.Write("site/案内/概要.html", "<p>");
        Bash("mkfifo \"$1/pipe\"", Path.Combine(_folder.Root, "site"));

        var listed = FolderListing.Of(Path.Combine(_folder.Root, "site")).OrderBy(e => e.Name, StringComparer.Ordinal);

        Assert.Equal(
        [
            ("dangling", FileKind.Link), ("index.html", FileKind.File), ("ja", FileKind.Folder),
            ("linked-file", FileKind.Link), ("linked-folder", FileKind.Link), ("pipe", FileKind.Special),
            ("案内", FileKind.Folder),
        ], listed);
    }

    [Fact]
    public void A_folder_that_is_not_there_or_is_a_file_cannot_be_listed()
    {
        var file = _folder.Write("page.html", "<p>");

        Assert.Throws<DirectoryNotFoundException>(() => FolderListing.Of(Path.Combine(_folder.Root, "gone")));
        Assert.ThrowsAny<IOException>(() => FolderListing.Of(file));
    }

    [Fact]
    public void A_name_that_is_not_utf8_cannot_be_reached_by_its_decoded_name_and_is_listed_as_missing()
    {
        var site = _folder.Folder("site");
        // A folder whose name is the single byte 0xE9 (é in Latin-1), as an old archive may unpack it. .NET cannot
        // remove it by its name either: the shell does.
        Bash("mkdir \"$1/$(printf '\\351')\"", site);
        try
        {
            var (name, kind) = Assert.Single(FolderListing.Of(site));

            Assert.Equal("\uFFFD", name);
            Assert.Equal(FileKind.Missing, kind);
        }
        finally
        {
            Bash("rm -r \"$1\"/*", site);
        }
    }

    private static void Bash(string command, string folder)
    {
        using var bash = Process.Start("bash", ["-c", command, "_", folder]);
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
    }
}
