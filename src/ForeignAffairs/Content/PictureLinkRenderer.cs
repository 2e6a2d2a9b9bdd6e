using ForeignAffairs.Imaging;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace ForeignAffairs.Content;

/// <summary>
/// Writes an image of a Markdown text that is a processed image of its entry (marked with its <see cref="Picture"/>) as
/// a <c>picture</c> with its sizes and formats; other links and images as Markdig does.
/// </summary>
internal sealed class PictureLinkRenderer : LinkInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // Inside another image's alternative text, where only text is written, an image is its own text, as Markdig
        // writes it.
        if (!link.IsImage || !renderer.EnableHtmlForInline || link.GetData(typeof(Picture)) is not Picture picture)
        {
            base.Write(renderer, link);
            return;
        }
        var image = picture.Image.Default;
        renderer.Write("<picture><source type=\"").WriteEscape(picture.ModernType)
            .Write("\" srcset=\"").WriteEscape(picture.ModernSrcset)
            .Write("\" sizes=\"").Write(Picture.InText)
            .Write("\"><img src=\"").WriteEscape(picture.Src)
            .Write("\" srcset=\"").WriteEscape(picture.FallbackSrcset)
            .Write("\" sizes=\"").Write(Picture.InText)
            .Write($"\" width=\"{image.Width}\" height=\"{image.Height}\" alt=\"");
        var html = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = html;
        renderer.Write('"');
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write(" loading=\"lazy\" decoding=\"async\"></picture>");
    }
}
