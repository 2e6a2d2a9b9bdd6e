using ForeignAffairs.Content;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The facts of one investment project as the open data exports publish them. Texts are given per site language as
/// written for that language (or for every language), and null where no text is written in it: a reuser should not
/// mistake the default language's text for a translation. The default language's title is always there, since every
/// entry must have one.
/// </summary>
/// <param name="Slug">The project's slug.</param>
/// <param name="Title">The title in each site language, in site order.</param>
/// <param name="Province">The slug of the province.</param>
/// <param name="Sectors">The slugs of the sectors, as listed.</param>
/// <param name="Status">Where the call for investors stands: open, negotiating, awarded or closed.</param>
/// <param name="InvestmentForm">The form of investment sought, if given.</param>
/// <param name="InvestmentUsdMillion">The total investment in millions of US dollars, if given.</param>
/// <param name="InvestmentVndBillion">The total investment in billions of đồng, if given: as the listing states it, not
/// converted.</param>
/// <param name="AreaHa">The land area in hectares, if given.</param>
/// <param name="Published">The date the call was published.</param>
/// <param name="Location">Where in the province the site is, in each site language.</param>
/// <param name="Urls">The full address of the project's page in each site language.</param>
/// <param name="Example">Whether the project is invented, to show how a listing looks; a reuser should leave it
/// out.</param>
/// <param name="Source">The public listing the project is taken from, if given.</param>
/// <param name="SourceUrl">The address of that listing, if given.</param>
/// <param name="Decision">The decision that lists the project, in each site language.</param>
/// <param name="Park">The slug of the park the project is in, if it names one.</param>
internal sealed record ProjectRecord(
    string Slug,
    IReadOnlyList<(string Language, string? Text)> Title,
    string Province,
    IReadOnlyList<string> Sectors,
    string Status,
    string? InvestmentForm,
    decimal? InvestmentUsdMillion,
    decimal? InvestmentVndBillion,
    decimal? AreaHa,
    DateOnly Published,
    IReadOnlyList<(string Language, string? Text)> Location,
    IReadOnlyList<(string Language, string Url)> Urls,
    bool Example,
    string? Source,
    string? SourceUrl,
    IReadOnlyList<(string Language, string? Text)> Decision,
    string? Park)
{
    /// <summary>
    /// Whether <paramref name="other"/> gives the same facts, written the same: numbers with the same digits (1.0 is
    /// not written as 1.00).
    /// </summary>
    internal bool SameAs(ProjectRecord other) =>
        (Slug, Province, Status, InvestmentForm, Published, Example, Source, SourceUrl, Park)
            == (other.Slug, other.Province, other.Status, other.InvestmentForm, other.Published, other.Example,
                other.Source, other.SourceUrl, other.Park)
        && SameNumber(InvestmentUsdMillion, other.InvestmentUsdMillion)
        && SameNumber(InvestmentVndBillion, other.InvestmentVndBillion)
        && SameNumber(AreaHa, other.AreaHa)
        && Title.SequenceEqual(other.Title) && Sectors.SequenceEqual(other.Sectors, StringComparer.Ordinal)
        && Location.SequenceEqual(other.Location)
        && Urls.SequenceEqual(other.Urls) && Decision.SequenceEqual(other.Decision);

    private static bool SameNumber(decimal? a, decimal? b) => a == b && a?.Scale == b?.Scale;

    /// <summary>
    /// The facts of the project <paramref name="entry"/>, for a site in <paramref name="languages"/> with
    /// <paramref name="urls"/>.
    /// </summary>
    public static ProjectRecord Of(Entry entry, IReadOnlyList<string> languages, SiteUrls urls)
    {
        // Validation leaves out projects that lack a required field, so those are read with casts; optional ones may be
        // missing.
        var fields = entry.Fields;
        T Required<T>(string name) => (T)fields[name];
        T? Optional<T>(string name) where T : class => fields.GetValueOrDefault(name) as T;
        decimal? Number(string name) => fields.GetValueOrDefault(name) as decimal?;
        IReadOnlyList<(string, string?)> PerLanguage(LocalizedText? text) =>
            languages.Select(l => (l, text is not null && text.TryGet(l, out var written) ? written : null)).ToArray();

        return new ProjectRecord(
            entry.Key.Slug,
            PerLanguage(entry.Title),
            Required<EntryKey>("province").Slug,
            Required<IEnumerable<object>>("sectors").Cast<EntryKey>().Select(k => k.Slug).ToArray(),
            Required<string>("status"),
            Optional<string>("investment_form"),
            Number("investment_usd_million"),
            Number("investment_vnd_billion"),
            Number("area_ha"),
            Required<DateOnly>("published"),
            PerLanguage(Optional<LocalizedText>("location")),
            languages.Select(l => (l, urls.Permalink(SiteUrls.EntryPath(l, entry.Key)))).ToArray(),
            fields.GetValueOrDefault("example") is true,
            Optional<string>("source"),
            Optional<string>("source_url"),
            PerLanguage(Optional<LocalizedText>("decision")),
            (fields.GetValueOrDefault("park") as EntryKey)?.Slug);
    }
}
