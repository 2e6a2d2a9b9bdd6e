using System.Text;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A content file is read as UTF-8 text, exactly its bytes: the buffer it is read into is lent from file to file and
/// may be longer than the file, and none of an earlier, longer file may show through.
/// </summary>
public sealed class SiteFileTests
{
    [Fact]
    public void A_short_file_read_after_a_long_one_is_only_its_own_text()
    {
        using var site = new TempFolder();
        var diagnostics = new DiagnosticBag();
        var longer = site.Write("content/long.md", new string('x', 70_000) + "\nend of the long file\n");
        var shorter = site.Write("content/short.md", "Vĩnh Phúc – ヴィンフック – 빈푹\n");

        Assert.EndsWith("end of the long file\n", SiteFile.ReadText(longer, "content/long.md", diagnostics));
        for (var i = 0; i < 3; i++)
            Assert.Equal("Vĩnh Phúc – ヴィンフック – 빈푹\n",
                SiteFile.ReadText(shorter, "content/short.md", diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text_and_an_empty_file_is_empty_text()
    {
        using var site = new TempFolder();
        var diagnostics = new DiagnosticBag();
        var marked = Path.Combine(site.Root, "marked.yaml");
        File.WriteAllBytes(marked, [.. Encoding.UTF8.Preamble, .. "title: Bắc Ninh\n"u8]);
        var empty = site.Write("empty.md", "");

        Assert.Equal("title: Bắc Ninh\n", SiteFile.ReadText(marked, "marked.yaml", diagnostics));
        Assert.Equal("", SiteFile.ReadText(empty, "empty.md", diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_reported_where_its_first_invalid_byte_is()
    {
        using var site = new TempFolder();
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(site.Root, "latin1.md");
        // "Caf\xe9" on line 2: a byte of Latin-1 that is no UTF-8.
        File.WriteAllBytes(path, [.. "# Title\nCaf"u8, 0xE9, .. "\n"u8]);

        Assert.Null(SiteFile.ReadText(path, "content/latin1.md", diagnostics));

        var problem = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.InvalidEncoding, problem.Code);
        Assert.Equal(new SourceLocation("content/latin1.md", 2, 4), problem.Location);
    }
}
