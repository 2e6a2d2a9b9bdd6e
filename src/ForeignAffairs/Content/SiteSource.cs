using ForeignAffairs.Configuration;

namespace ForeignAffairs.Content;

/// <summary>Everything read from a site's <c>content/</c> folder: the result of the load stage.</summary>
/// <param name="Root">The full path of the site folder.</param>
/// <param name="Config">The site settings.</param>
/// <param name="Entries">Every entry folder, in collection then folder-name order.</param>
internal sealed record SiteSource(string Root, SiteConfig Config, IReadOnlyList<EntrySource> Entries);
