using ForeignAffairs.Content;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The index of which pages read which entry, that a rebuild asks before it asks pages whether they are stale: it must
/// hold at least what each page reads, whether the page reads an entry itself or through a cached row, and after the
/// page is rendered again reading other entries than before.
/// </summary>
public sealed class PageReadersTests
{
    private static readonly EntryKey BacNinh = new(Collection.Provinces, "bac-ninh");
    private static readonly EntryKey VinhPhuc = new(Collection.Provinces, "vinh-phuc");
    private static readonly EntryKey Plots = new(Collection.Projects, "bac-ninh-electronics-component-plots");
    private static readonly EntryKey Depot = new(Collection.Projects, "bac-ninh-inland-container-depot");
    private const string ProjectPage = "en/projects/bac-ninh-electronics-component-plots/index.html";
    private const string ListPage = "en/projects/index.html";

    [Fact]
    public void A_page_is_a_reader_of_the_entries_it_reads_itself_and_through_the_rows_it_includes()
    {
        var readers = new PageReaders();
        readers.Note([Page(ProjectPage, Reads((Plots, "*"), (BacNinh, "title"))),
            Page(ListPage, Reads(), Row(Plots, BacNinh), Row(Depot, BacNinh))]);

        Assert.Equal([ProjectPage, ListPage], readers.Of([BacNinh]).Order(StringComparer.Ordinal));
        Assert.Equal([ListPage], readers.Of([Depot]));
        Assert.Empty(readers.Of([VinhPhuc]));
    }

    [Fact]
    public void A_page_rendered_again_is_a_reader_of_what_it_reads_now_and_of_what_it_read_before()
    {
        var readers = new PageReaders();
        var before = Reads((Plots, "*"), (BacNinh, "title"));
        readers.Note([Page(ProjectPage, before)]);

        readers.Note([Page(ProjectPage, Reads((Plots, "*"), (VinhPhuc, "title")))],
            path => path == ProjectPage ? before : null);

        Assert.Equal([ProjectPage], readers.Of([VinhPhuc]));
        Assert.Equal([ProjectPage], readers.Of([BacNinh]));
    }

    [Fact]
    public void A_list_rendered_again_with_one_row_replaced_is_a_reader_of_what_the_new_row_reads()
    {
        var readers = new PageReaders();
        var (plots, depot) = (Row(Plots, BacNinh), Row(Depot, BacNinh));
        var before = Reads();
        before.Include(plots);
        before.Include(depot);
        readers.Note([Page(ListPage, before)]);

        // The depot moved to Vĩnh Phúc: its row is rendered again, and the list includes the new row where the old one
        // was.
        readers.Note([Page(ListPage, Reads(), plots, Row(Depot, VinhPhuc))], path => path == ListPage ? before : null);

        Assert.Equal([ListPage], readers.Of([VinhPhuc]));
    }

    [Fact]
    public void A_row_shared_by_several_pages_makes_each_of_them_a_reader()
    {
        var readers = new PageReaders();
        var row = Row(Plots, BacNinh);

        readers.Note([Page(ListPage, Reads(), row), Page("en/provinces/bac-ninh/index.html", Reads(), row)]);

        Assert.Equal(2, readers.Of([Plots]).Count);
    }

    private static PageDependencies Reads(params (EntryKey Entry, string Field)[] fields)
    {
        var reads = new PageDependencies();
        foreach (var (entry, field) in fields) reads.Read(entry, field);
        return reads;
    }

    // A table row of a project, as include_cached renders it: the project's title and fields, and its province's title.
    private static PageDependencies Row(EntryKey project, EntryKey province) =>
        Reads((project, "title"), (project, "url"), (project, "fields"), (province, "title"), (province, "url"));

    private static RenderedPage Page(string path, PageDependencies reads, params PageDependencies[] rows)
    {
        foreach (var row in rows) reads.Include(row);
        return new RenderedPage(path, "<!DOCTYPE html>", "en", "content/site.yaml", Dependencies: reads);
    }
}
