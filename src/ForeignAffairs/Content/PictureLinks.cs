using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace ForeignAffairs.Content;

/// <summary>
/// Writes images of processed files as pictures (<see cref="PictureLinkRenderer"/>). An extension of the pipeline
/// rather than a change made to each renderer, so that Markdig sets up its renderers once and reuses them from text to
/// text: a renderer set up anew for each text took most of the time of writing it.
/// </summary>
internal sealed class PictureLinks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureLinkRenderer());
    }
}
