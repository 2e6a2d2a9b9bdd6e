using ForeignAffairs.Diagnostics;
using Markdig.Syntax.Inlines;

namespace ForeignAffairs.Content;

/// <summary>A link or image in an entry's Markdown, where it is written, and a way to point it elsewhere.</summary>
/// <param name="Node">The link in the parsed document.</param>
/// <param name="Location">Where the link starts in its file.</param>
internal sealed record MarkdownLink(Inline Node, SourceLocation Location)
{
    /// <summary>The address as written.</summary>
    public string Url => Node switch
    {
        LinkInline link => link.Url ?? "",
        AutolinkInline autolink => autolink.Url,
        _ => "",
    };

    /// <summary>Whether it is an image.</summary>
    public bool IsImage => Node is LinkInline { IsImage: true };

    /// <summary>Whether an image has alternative text (a link always has its text).</summary>
    public bool HasText => Node is not LinkInline { IsImage: true } image || image.Any();

    /// <summary>Points the link at <paramref name="url"/> in the rendered HTML.</summary>
    public void Rewrite(string url)
    {
        if (Node is LinkInline link) link.Url = url;
        else if (Node is AutolinkInline autolink) autolink.Url = url;
    }
}
