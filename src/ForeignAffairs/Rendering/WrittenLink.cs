using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A link an entry's text puts on a page: its address as the page has it, and where the text writes it.
/// </summary>
/// <param name="Url">The address in the rendered page.</param>
/// <param name="WrittenAt">The link's position in the Markdown text.</param>
internal sealed record WrittenLink(string Url, SourceLocation WrittenAt);
