using ForeignAffairs.Cli;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The native command chooses its garbage collector by how many entries the site has: the folders in the collections'
/// folders under content/.
/// </summary>
public sealed class CollectorTests
{
    [Fact]
    public void A_site_s_entries_are_the_folders_in_its_collections_folders_that_a_build_reads()
    {
        using var site = new TempFolder();
        site.Write("content/site.yaml", "title: Example\n");
        site.Write("content/projects/p-1/index.yaml", "title: One\n");
        site.Folder("content/projects/p-2");
        site.Write("content/projects/stray.md", "Not an entry.\n");
        site.Write("content/news/n-1/index.yaml", "title: News\n");
        site.Folder("content/sectors");
        // Hidden folders and editors' backups, which a build does not read.
        site.Folder("content/projects/.p-3");
        site.Folder("content/projects/p-4~");
        site.Folder("content/.drafts/d-1");

        Assert.Equal(3, Collector.Entries(site.Root));
    }

    [Fact]
    public void A_folder_without_content_has_no_entries()
    {
        using var site = new TempFolder();
        Assert.Equal(0, Collector.Entries(site.Root));
        Assert.Equal(0, Collector.Entries(Path.Combine(site.Root, "missing")));
    }
}
