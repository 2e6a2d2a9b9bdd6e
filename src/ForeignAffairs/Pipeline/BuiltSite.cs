using ForeignAffairs.Content;
using ForeignAffairs.Publishing;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// A build that succeeded: the site it read, everything it published, and how its pages differ from the last good
/// build's.
/// </summary>
internal sealed record BuiltSite(
    Site Site,
    Theme Theme,
    SearchIndex? Search,
    RenderedSite Rendered,
    RenderedChange Change,
    ProjectExports Projects,
    IReadOnlyList<PublishedDocument> Documents);
