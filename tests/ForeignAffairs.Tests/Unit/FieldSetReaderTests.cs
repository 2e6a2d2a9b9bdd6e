using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Tests.Unit;

public sealed class FieldSetReaderTests
{
    private const string Path = "content/projects/yen-phong/index.yaml";
    private static readonly IReadOnlyList<FieldSchema> ProjectFields = ContentSchemas.For(Collection.Projects).Fields;

    private static readonly HashSet<EntryKey> Entries =
    [
        new(Collection.Provinces, "bac-ninh"),
        new(Collection.Sectors, "electronics"),
    ];

    private static (IReadOnlyDictionary<string, object> Values, IReadOnlyList<Diagnostic> Diagnostics) Read(
        string yaml, bool checkRequired)
    {
        var diagnostics = new DiagnosticBag();
        var source = YamlReader.ReadMapping(yaml, Path, diagnostics);
        Assert.NotNull(source);
        var context = new ValueContext(source, ["en", "ja", "ko"], Entries, diagnostics);
        var values = FieldSetReader.Read(source.Root, ProjectFields, context, checkRequired, "an entry of projects/");
        return (values, diagnostics.ToSortedList());
    }

    private const string ValidProject = """
        title: {en: Yen Phong II-C Industrial Park, ja: イエンフォンII-C工業団地}
        province: bac-ninh
        sectors: [electronics]
        status: open
        investment_usd_million: 120
        published: 2026-11-24
        weight: 2
        """;

    [Fact]
    public void Every_field_is_read_by_its_type()
    {
        var (values, diagnostics) = Read(ValidProject, checkRequired: true);

        Assert.Empty(diagnostics);
        Assert.Equal(["investment_usd_million", "province", "published", "sectors", "status", "title", "weight"],
            values.Keys);
        Assert.IsType<LocalizedText>(values["title"]);
        Assert.Equal(new EntryKey(Collection.Provinces, "bac-ninh"), values["province"]);
        Assert.Equal([new EntryKey(Collection.Sectors, "electronics")],
            ((List<object>)values["sectors"]).Cast<EntryKey>());
        Assert.Equal("open", values["status"]);
        Assert.Equal(120m, values["investment_usd_million"]);
        Assert.Equal(new DateOnly(2026, 11, 24), values["published"]);
        Assert.Equal(2L, values["weight"]);
    }

    [Fact]
    public void Unknown_field_is_an_error_at_its_name_with_a_suggestion()
    {
        var (values, diagnostics) = Read(ValidProject.Replace("title:", "titel:"), checkRequired: false);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 1, 1), error.Location);
        Assert.Equal("an entry of projects/ has no field 'titel'", error.Message);
        Assert.Equal("did you mean 'title'?", error.Hint);
        Assert.False(values.ContainsKey("titel"));
        Assert.False(values.ContainsKey("title"));
    }

    [Fact]
    public void Unknown_field_unlike_any_other_says_how_many_fields_there_are_when_they_are_too_many_to_list()
    {
        var (_, diagnostics) = Read("title: Yen Phong\ncolour: blue\n", checkRequired: false);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 1), error.Location);
        Assert.Equal($"there are {ProjectFields.Count} possible values; check the spelling", error.Hint);
    }

    [Fact]
    public void Missing_required_field_is_an_error_at_the_mapping_when_required_fields_are_checked()
    {
        var (_, diagnostics) = Read(ValidProject.Replace("status: open\n", ""), checkRequired: true);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 1), error.Location);
        Assert.Equal("an entry of projects/ is missing the required field 'status'", error.Message);
        Assert.Equal(
            "add 'status:' with one of open, negotiating, awarded, closed (where the call for investors stands)",
            error.Hint);
    }

    [Fact]
    public void Missing_required_field_is_not_reported_when_required_fields_are_not_checked()
    {
        var (_, diagnostics) = Read("title: Yen Phong\n", checkRequired: false);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Required_field_left_empty_is_an_error_at_its_value()
    {
        var (values, diagnostics) = Read(
            ValidProject.Replace("published: 2026-11-24", "published:"), checkRequired: true);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(new SourceLocation(Path, 6, 11), error.Location);
        Assert.Equal("'published' is empty", error.Message);
        Assert.Equal("give a date written YYYY-MM-DD, such as 2026-11-24", error.Hint);
        Assert.False(values.ContainsKey("published"));
    }

    [Fact]
    public void Optional_field_left_empty_is_left_out_silently()
    {
        var (values, diagnostics) = Read(
            ValidProject.Replace("investment_usd_million: 120", "investment_usd_million:"), checkRequired: true);

        Assert.Empty(diagnostics);
        Assert.False(values.ContainsKey("investment_usd_million"));
    }

    [Fact]
    public void Invalid_values_are_left_out_and_every_one_is_reported()
    {
        var (values, diagnostics) = Read(
            ValidProject.Replace("status: open", "status: opne")
                .Replace("published: 2026-11-24", "published: 2026-13-01"),
            checkRequired: false);

        Assert.Equal(
            [(DiagnosticCodes.NotAllowed, 4, 9), (DiagnosticCodes.InvalidDate, 6, 12)],
            diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.False(values.ContainsKey("status"));
        Assert.False(values.ContainsKey("published"));
        Assert.True(values.ContainsKey("title"));
    }
}
