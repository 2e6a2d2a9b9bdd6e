namespace ForeignAffairs.Routing;

/// <summary>
/// A language version of a page, as an hreflang alternate: the language code (or x-default) and the full address.
/// </summary>
/// <param name="Hreflang">A language code, or <c>x-default</c>.</param>
/// <param name="Href">The full address of the page in that language.</param>
internal sealed record Alternate(string Hreflang, string Href);
