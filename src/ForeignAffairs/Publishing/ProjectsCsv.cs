using System.Globalization;
using System.Text;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/data/projects.csv</c>: the same facts as <see cref="ProjectsJson"/>, one row per project, for spreadsheets. RFC
/// 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line end. Texts and addresses
/// have a column per language (<c>title_ja</c>), sectors are joined with ';', and a missing value is an empty field. A
/// text that a spreadsheet would run as a formula starts with a single quote.
/// </summary>
internal static class ProjectsCsv
{
    /// <summary>Where the export is published, relative to the output folder.</summary>
    public const string Path = "data/projects.csv";

    /// <summary>The export of <paramref name="projects"/>, for a site in <paramref name="languages"/>.</summary>
    internal static PublishedDocument For(IReadOnlyList<string> languages, IReadOnlyList<ProjectExport> projects)
    {
        // The rows are encoded once each, when their projects are read.
        return new PublishedDocument(Path, OpenData.Joined(OpenData.CsvBytes(OpenData.CsvLine(Header(languages))),
            projects.Select(p => p.Csv).ToArray(), null, []));
    }

    /// <summary>
    /// <paramref name="p"/>'s row in UTF-8, with its line end. Numeric columns hold only numbers; the texts are
    /// neutralised.
    /// </summary>
    public static byte[] Row(ProjectRecord p) => Encoding.UTF8.GetBytes(OpenData.CsvLine(
    [
        .. new[] { p.Slug }.Concat(p.Title.Select(t => t.Text))
            .Concat([p.Province, string.Join(';', p.Sectors), p.Status, p.InvestmentForm]).Select(OpenData.Neutralised),
        Number(p.InvestmentUsdMillion), Number(p.InvestmentVndBillion), Number(p.AreaHa),
        .. new[] { p.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Concat(p.Location.Select(t => t.Text)).Concat(p.Urls.Select(u => u.Url))
            .Concat([p.Example ? "true" : "false", p.Source, p.SourceUrl]).Concat(p.Decision.Select(t => t.Text))
            .Append(p.Park)
            .Select(OpenData.Neutralised),
    ]));

    private static string?[] Header(IReadOnlyList<string> languages) =>
    [
        "slug", .. languages.Select(l => $"title_{l}"), "province", "sectors", "status", "investment_form",
        "investment_usd_million", "investment_vnd_billion", "area_ha", "published",
        .. languages.Select(l => $"location_{l}"),
        .. languages.Select(l => $"url_{l}"), "example", "source", "source_url",
        .. languages.Select(l => $"decision_{l}"), "park",
    ];

    private static string? Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);
}
