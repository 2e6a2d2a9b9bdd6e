using ForeignAffairs.Rendering;
using Scriban.Runtime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A page's markup is read where it was rendered, and the builder goes back to be used again once the page has been
/// handed on; a page kept as it is keeps its markup as a string or, when it is long, in an array of the shared pool.
/// </summary>
public sealed class PageTextTests
{
    [Fact]
    public void A_page_longer_than_its_builder_is_read_whole_and_its_builder_is_used_again()
    {
        var buffers = new OutputBuffers();
        var output = buffers.Rent();
        // Appended piece by piece, a new builder is a chain of chunks.
        var pieces = Enumerable.Range(0, 5_000).Select(i => $"<p id=\"p{i}\">{i}</p>").ToArray();
        foreach (var piece in pieces) output.Builder.Append(piece);

        var text = new PageText(output, buffers);

        Assert.Equal(string.Concat(pieces), text.ToString());
        Assert.Equal(string.Concat(pieces), new string(text.Markup.Span));
        text.Dispose();
        Assert.Throws<ObjectDisposedException>(() => text.Markup);
        var again = buffers.Rent();
        Assert.Same(output, again);
        Assert.Equal(0, again.Builder.Length);
    }

    [Fact]
    public void A_page_handed_on_is_read_as_rendered_and_a_page_kept_keeps_its_markup()
    {
        var buffers = new OutputBuffers();
        var (handed, kept) = (Rendered(buffers, "<p>handed"), Rendered(buffers, "<p>kept"));

        var written = handed.Written();
        handed.LetGoOfText(kept: false);
        kept.LetGoOfText(kept: true);

        Assert.Null(handed.Html);
        Assert.Null(written.Html);
        Assert.Throws<InvalidOperationException>(() => written.Digest);
        Assert.Equal("<p>kept", kept.Html);
        Assert.Equal("<p>kept", new string(kept.Markup.Span));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_page_kept_lets_its_builder_go_back_and_holds_its_markup_until_its_html_is_let_go_of(
        bool builderLongEnough)
    {
        var buffers = new OutputBuffers();
        var html = "<p>" + new string('x', RenderedPage.LongPage);
        if (builderLongEnough)
        {
            // A builder that held a longer page is one array: the page is copied out of it.
            var longer = buffers.Rent();
            longer.Builder.Append(html).Append(html);
            buffers.Return(longer);
        }
        var kept = Rendered(buffers, html);

        kept.LetGoOfText(kept: true);

        // The builder is lent again, emptied, while the page still reads its markup.
        var again = buffers.Rent();
        Assert.Equal(0, again.Builder.Length);
        again.Builder.Append("another page");
        Assert.Equal(html, new string(kept.Markup.Span));
        var digest = kept.Digest;
        Assert.Equal(html, kept.Html);

        kept.LetGoOfHtml();

        Assert.Null(kept.Html);
        Assert.Equal(digest, kept.Digest);
        Assert.Throws<InvalidOperationException>(() => kept.Markup);
    }

    private static RenderedPage Rendered(OutputBuffers buffers, string html)
    {
        var output = buffers.Rent();
        output.Builder.Append(html);
        var page = new RenderedPage("en/index.html", null, "en", "content/site.yaml").Holding(new PageText(output,
            buffers));
        Assert.Equal(html, new string(page.Markup.Span));
        return page;
    }
}
