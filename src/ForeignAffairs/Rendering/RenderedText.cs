using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// An entry's text rendered for one page language, and the problems found in it (only where it is rendered for its own
/// language).
/// </summary>
/// <param name="Html">The HTML.</param>
/// <param name="Problems">Its broken links and removed raw HTML.</param>
/// <param name="Links">Its links, as the page has them, with where the text writes them.</param>
internal sealed record RenderedText(RawHtml Html, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<WrittenLink> Links);
