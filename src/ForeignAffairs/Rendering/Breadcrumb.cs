namespace ForeignAffairs.Rendering;

/// <summary>One step of a page's breadcrumb.</summary>
/// <param name="Name">What the step is called, in the page's language where it can be.</param>
/// <param name="Path">Where it leads, relative to the site's root.</param>
/// <param name="Language">The language of <paramref name="Name"/> when it may differ from the page's (an untranslated
/// title).</param>
internal sealed record Breadcrumb(string Name, string Path, string? Language = null);
