namespace ForeignAffairs.Publishing;

/// <summary>
/// Why the search index cannot be built (Node.js or Pagefind is missing), and what would make it possible.
/// </summary>
/// <param name="Reason">What is missing, such as <c>Node.js is not installed</c>.</param>
/// <param name="Remedy">What the editor can do, such as <c>install Node.js, or set 'search: false' in
/// site.yaml</c>.</param>
internal sealed record MissingSearchTool(string Reason, string Remedy);
