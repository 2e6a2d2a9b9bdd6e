using System.Globalization;
using System.Text;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/data/projects.csv</c>: the same facts as <see cref="ProjectsJson"/>, one row per project, for spreadsheets. RFC 4180:
/// a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line end. Texts and addresses have a column
/// per language (<c>title_ja</c>), sectors are joined with ';', and a missing value is an empty field. A text that a
/// spreadsheet would run as a formula starts with a single quote.
/// </summary>
public static class ProjectsCsv
{
    /// <summary>Where the export is published, relative to the output folder.</summary>
    public const string Path = "data/projects.csv";

    // Excel reads a CSV file without a byte-order mark in the system's code page, which garbles Japanese and Korean.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The export of <paramref name="projects"/>, for a site in <paramref name="languages"/>.</summary>
    public static PublishedDocument For(IReadOnlyList<string> languages, IReadOnlyList<ProjectRecord> projects)
    {
        string[] header =
        [
            "slug", .. languages.Select(l => $"title_{l}"), "province", "sectors", "status", "investment_form",
            "investment_usd_million", "investment_vnd_billion", "area_ha", "published", .. languages.Select(l => $"location_{l}"),
            .. languages.Select(l => $"url_{l}"), "example", "source", "source_url", .. languages.Select(l => $"decision_{l}"),
        ];
        var numeric = header.Select(h => h is "investment_usd_million" or "investment_vnd_billion" or "area_ha").ToArray();
        var text = new StringBuilder();
        void Row(IEnumerable<string?> fields) =>
            text.AppendJoin(',', fields.Select((f, i) => Quote(numeric[i] ? f : Neutralised(f)))).Append("\r\n");

        Row(header);
        foreach (var p in projects)
        {
            Row([
                p.Slug, .. p.Title.Select(t => t.Text), p.Province, string.Join(';', p.Sectors), p.Status, p.InvestmentForm,
                Number(p.InvestmentUsdMillion), Number(p.InvestmentVndBillion), Number(p.AreaHa),
                p.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                .. p.Location.Select(t => t.Text), .. p.Urls.Select(u => u.Url),
                p.Example ? "true" : "false", p.Source, p.SourceUrl, .. p.Decision.Select(t => t.Text),
            ]);
        }
        return new PublishedDocument(Path, [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())]);
    }

    // A text starting with '=', '+', '-', '@', a tab or a carriage return is run as a formula by spreadsheets ("CSV
    // injection"): as OWASP advises, a single quote before it makes it text. Numeric columns hold only numbers.
    private static string? Neutralised(string? field) =>
        field is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + field : field;

    private static string? Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? field) =>
        field is null ? ""
        : field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"")}\""
        : field;
}
