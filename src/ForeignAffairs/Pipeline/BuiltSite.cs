using ForeignAffairs.Content;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Pipeline;

/// <summary>A build that succeeded: the site it read, and everything it published.</summary>
internal sealed record BuiltSite(
    Site Site,
    Theme Theme,
    SearchIndex? Search,
    RenderedSite Rendered,
    IReadOnlyList<PublishedDocument> Documents);
