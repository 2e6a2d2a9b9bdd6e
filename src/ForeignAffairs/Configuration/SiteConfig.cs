using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Configuration;

/// <summary>The site settings from <c>content/site.yaml</c>.</summary>
/// <param name="Title">The site's name.</param>
/// <param name="Description">What the site offers, used when a page has no summary of its own.</param>
/// <param name="BaseUrl">The address the site is published at, ending with '/'.</param>
/// <param name="DefaultLanguage">The language every entry is written in first, and the one shown when a translation is
/// missing.</param>
/// <param name="Languages">The languages the site is published in, default first.</param>
/// <param name="Theme">The folder under <c>themes/</c> that lays the site out.</param>
/// <param name="Paginate">How many news items a page of the news list shows.</param>
/// <param name="Search">Whether the site has a search page per language (built with Pagefind).</param>
/// <param name="IframeHosts">The hosts whose pages raw HTML in Markdown may embed in an iframe.</param>
/// <param name="ExchangeRate">The dated rate pages show an indicative US-dollar equivalent of đồng amounts at, or
/// null.</param>
internal sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText? Description,
    Uri BaseUrl,
    Language DefaultLanguage,
    IReadOnlyList<Language> Languages,
    string Theme,
    int Paginate = SiteConfig.DefaultPaginate,
    bool Search = true,
    IReadOnlyList<string>? IframeHosts = null,
    ExchangeRate? ExchangeRate = null)
{
    /// <summary>News items per page when site.yaml does not say.</summary>
    public const int DefaultPaginate = 10;

    /// <summary>
    /// The text of site.yaml these settings were read from, which tells a rebuild whether they changed.
    /// </summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// Where site.yaml names the theme (the file alone when it does not), for a theme that cannot be found.
    /// </summary>
    public SourceLocation ThemeLocation { get; init; } = SourceLocation.File(SiteConfigReader.FileName);

    /// <summary>
    /// The path part of <see cref="BaseUrl"/>, starting and ending with '/': <c>/</c> or <c>/invest/</c>.
    /// </summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>The language codes, default first.</summary>
    public IReadOnlyList<string> LanguageCodes { get; } = Languages.Select(l => l.Code).ToArray();

    /// <summary>
    /// The day the build takes as today, in Vietnam's time: events that ended before it are past. Not a setting of
    /// site.yaml: the build sets it (<see cref="BuildOptions.Today"/>).
    /// </summary>
    public DateOnly Today { get; init; }

    /// <summary>This configuration published at another address (the command line's <c>--base-url</c>).</summary>
    public SiteConfig WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };
}
