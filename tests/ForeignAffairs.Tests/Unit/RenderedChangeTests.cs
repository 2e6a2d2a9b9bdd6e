using ForeignAffairs.Rendering;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// How one render differs from the one before: the pages rendered anew (a page kept from the render before is the same
/// object), the paths that are gone, and the pages whose HTML differs, found in one walk over both renders in path
/// order.
/// </summary>
public sealed class RenderedChangeTests
{
    private static RenderedPage Page(string path, string html = "<p>") =>
        new(path, html, "en", "content/site.yaml", null, null);

    private static RenderedSite Site(params RenderedPage[] pages) =>
        new(pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray(), []);

    [Fact]
    public void Pages_kept_as_they_were_are_no_change()
    {
        var pages = new[] { Page("a/index.html"), Page("b/index.html") };

        var change = Site(pages).Since(Site(pages));

        Assert.Empty(change.Anew);
        Assert.Empty(change.Gone);
    }

    [Fact]
    public void Pages_rendered_again_new_and_gone_are_told_apart_wherever_they_fall()
    {
        var (kept, again, gone) = (Page("en/b/index.html"), Page("en/c/index.html"), Page("en/d/index.html"));
        var before = Site(Page("en/a/index.html"), kept, again, gone, Page("ko/z/index.html"));
        var (first, rendered, added, last) = (Page("en/0/index.html"), Page("en/c/index.html", "<p>again"),
            Page("en/cc/index.html"), Page("zz/index.html"));

        var change = Site(first, kept, rendered, added, last).Since(before);

        Assert.Equal([first, rendered, added, last], change.Anew);
        Assert.Equal(["en/a/index.html", "en/d/index.html", "ko/z/index.html"], change.Gone);
        Assert.Equal([first, rendered, added, last], change.Differ);
    }

    [Fact]
    public void A_page_rendered_again_with_the_same_html_is_still_rendered_anew()
    {
        var change = Site(Page("a/index.html")).Since(Site(Page("a/index.html")));

        Assert.Single(change.Anew);
        Assert.Empty(change.Gone);
        // It is the same page to write and to index: nothing differs.
        Assert.Empty(change.Differ);
    }

    [Fact]
    public void A_page_let_go_of_after_publishing_is_still_compared_by_its_html()
    {
        var (same, changed) = (Page("a/index.html", "<p>same"), Page("b/index.html", "<p>before"));
        var before = Site(same, changed);
        same.LetGoOfHtml();
        changed.LetGoOfHtml();

        var change = Site(Page("a/index.html", "<p>same"), Page("b/index.html", "<p>after")).Since(before);

        Assert.Null(same.Html);
        Assert.Equal(2, change.Anew.Count);
        Assert.Equal("b/index.html", Assert.Single(change.Differ).Path);
    }

    [Fact]
    public void A_page_let_go_of_before_its_digest_was_taken_is_a_fault_not_a_silent_change()
    {
        var written = Page("a/index.html").Written();

        Assert.Null(written.Html);
        Assert.Throws<InvalidOperationException>(() => written.Digest);
    }

    [Fact]
    public void A_page_is_found_by_its_path()
    {
        var pages = Enumerable.Range(0, 100).Select(n => Page($"en/p-{n:000}/index.html")).ToArray();
        var site = Site(pages);

        Assert.All(pages, page => Assert.Same(page, site.Page(page.Path)));
        Assert.Null(site.Page("en/p-100/index.html"));
        Assert.Null(site.Page("a/index.html"));
    }
}
