using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A folder put in another's place by renaming: the old one is moved aside, and when the new one cannot be moved in,
/// only what this swap moved aside is put back.
/// </summary>
public sealed class FolderSwapTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fa-swap-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(string name, string? file = null)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        if (file is not null) File.WriteAllText(Path.Combine(path, "index.html"), file);
        return path;
    }

    [Fact]
    public void The_replacement_takes_the_targets_place_and_the_old_folder_is_left_aside()
    {
        var (target, replacement) = (Folder("site", "old"), Folder("next", "new"));
        var aside = Path.Combine(_root, "previous");

        FolderSwap.Replace(target, replacement, aside);

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(aside, "index.html")));
        Assert.False(Directory.Exists(replacement));
    }

    [Fact]
    public void When_the_replacement_cannot_be_moved_in_the_old_folder_is_put_back()
    {
        var target = Folder("site", "old");
        var (missing, aside) = (Path.Combine(_root, "gone"), Path.Combine(_root, "previous"));

        Assert.ThrowsAny<IOException>(() => FolderSwap.Replace(target, missing, aside));

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void A_folder_left_aside_by_an_earlier_run_is_not_moved_in_when_there_was_no_target()
    {
        var stale = Folder("previous", "stale");
        var (target, missing) = (Path.Combine(_root, "site"), Path.Combine(_root, "gone"));

        Assert.ThrowsAny<IOException>(() => FolderSwap.Replace(target, missing, stale));

        Assert.False(Directory.Exists(target));
        Assert.Equal("stale", File.ReadAllText(Path.Combine(stale, "index.html")));
    }
}
