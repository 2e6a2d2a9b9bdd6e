using System.Globalization;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Tests.Unit;

public sealed class FieldTypeTests
{
    private const string Path = "content/projects/yen-phong/index.yaml";
    private static readonly string[] Languages = ["en", "ja", "ko"];

    private static readonly HashSet<EntryKey> Entries =
    [
        new(Collection.Provinces, "bac-ninh"),
        new(Collection.Provinces, "da-nang"),
        new(Collection.Sectors, "electronics"),
        new(Collection.Sectors, "logistics"),
    ];

    /// <summary>
    /// Reads the value of the single field written in <paramref name="yaml"/> with <paramref name="type"/>.
    /// </summary>
    private static (object? Value, IReadOnlyList<Diagnostic> Diagnostics) Read(
        FieldType type, string yaml, string? onlyLanguage = null)
    {
        var diagnostics = new DiagnosticBag();
        var source = YamlReader.ReadMapping(yaml, Path, diagnostics);
        Assert.NotNull(source);
        var context = new ValueContext(source, Languages, Entries, diagnostics, onlyLanguage);
        var value = type.Read(source.Root.Children.Single().Value, context);
        return (value, diagnostics.ToSortedList());
    }

    // Text

    [Fact]
    public void Text_written_once_is_the_same_in_every_language()
    {
        var (value, diagnostics) = Read(new TextType(), "title: Bac Ninh");

        Assert.Empty(diagnostics);
        var text = Assert.IsType<LocalizedText>(value);
        Assert.Equal("Bac Ninh", text.Invariant);
        Assert.Empty(text.ByLanguage);
        Assert.Equal(LocalizedText.Of("Bac Ninh"), text);
    }

    [Fact]
    public void Text_written_as_a_language_map_has_one_text_per_language()
    {
        var (value, diagnostics) = Read(new TextType(), "title: {en: Bac Ninh, ja: バクニン省, ko: 박닌성}");

        Assert.Empty(diagnostics);
        var text = Assert.IsType<LocalizedText>(value);
        Assert.Null(text.Invariant);
        Assert.Equal("Bac Ninh", text.ByLanguage["en"]);
        Assert.Equal("バクニン省", text.ByLanguage["ja"]);
        Assert.Equal("박닌성", text.ByLanguage["ko"]);
    }

    [Fact]
    public void Unknown_language_code_in_a_text_map_is_an_error_with_a_suggestion()
    {
        var (value, diagnostics) = Read(new TextType(), "title:\n  en: Bac Ninh\n  jp: バクニン省\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownLanguage, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 3, 3), error.Location);
        Assert.Equal("'jp' is not a language of this site (site.yaml declares en, ja, ko)", error.Message);
        Assert.Equal("did you mean 'ja'?", error.Hint);
        var text = Assert.IsType<LocalizedText>(value);
        Assert.Equal(["en"], text.ByLanguage.Keys);
    }

    [Fact]
    public void Unknown_language_code_unlike_any_site_language_asks_to_declare_it()
    {
        var (_, diagnostics) = Read(new TextType(), "title: {en: Bac Ninh, portuguese: Bac Ninh}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownLanguage, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 23), error.Location);
        Assert.Equal("add the language to site.yaml, or remove this text", error.Hint);
    }

    [Fact]
    public void Undeclared_two_letter_language_code_is_not_taken_for_a_typo()
    {
        var (_, diagnostics) = Read(new TextType(), "title: {en: Bac Ninh, vi: Bắc Ninh}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownLanguage, error.Code);
        Assert.Equal("add the language to site.yaml, or remove this text", error.Hint);
    }

    [Fact]
    public void Plain_text_in_front_matter_belongs_only_to_the_translation_language()
    {
        var (value, diagnostics) = Read(new TextType(), "title: バクニン", onlyLanguage: "ja");

        Assert.Empty(diagnostics);
        var text = Assert.IsType<LocalizedText>(value);
        Assert.Null(text.Invariant);
        Assert.Equal("バクニン", Assert.Single(text.ByLanguage, p => p.Key == "ja").Value);
        Assert.False(text.TryGet("en", out _));
    }

    [Fact]
    public void List_where_text_belongs_is_the_wrong_type()
    {
        var (value, diagnostics) = Read(new TextType(), "title:\n  - Bac Ninh\n  - Bắc Ninh\n");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 2, 3), error.Location);
        Assert.EndsWith("but found a list", error.Message);
    }

    [Fact]
    public void Language_text_that_is_not_plain_text_is_the_wrong_type()
    {
        var (_, diagnostics) = Read(new TextType(), "title: {en: [Bac, Ninh]}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 13), error.Location);
        Assert.Equal("the 'en' text must be plain text, but found a list", error.Message);
    }

    [Fact]
    public void Empty_language_map_is_an_error()
    {
        var (_, diagnostics) = Read(new TextType(), "region: {}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation(Path, 1, 9), error.Location);
    }

    // Numbers

    [Fact]
    public void Decimal_number_is_read_as_decimal()
    {
        var (value, diagnostics) = Read(new NumberType(), "investment_usd_million: 1250.5");

        Assert.Empty(diagnostics);
        Assert.Equal(1250.5m, Assert.IsType<decimal>(value));
    }

    [Fact]
    public void Number_with_thousands_separator_is_an_error_with_a_hint()
    {
        var (value, diagnostics) = Read(new NumberType(), "investment_usd_million: 1,200");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 1, 25), error.Location);
        Assert.Equal("expected a number such as 1250.5, but found '1,200'", error.Message);
        Assert.Equal("write the number without separators: 1200", error.Hint);
    }

    [Fact]
    public void Number_with_space_separator_is_an_error_with_a_hint()
    {
        var (_, diagnostics) = Read(new NumberType(), "area_ha: 1 200.5");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal("write the number without separators: 1200.5", error.Hint);
    }

    [Fact]
    public void Number_with_a_unit_is_an_error_asking_for_digits_only()
    {
        var (_, diagnostics) = Read(new NumberType(), "area_ha: 350 ha");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 10), error.Location);
        Assert.Equal("write digits only, with '.' for decimals; units and words belong in the text", error.Hint);
    }

    [Fact]
    public void Words_where_a_number_belongs_are_an_error_asking_for_digits_only()
    {
        var (_, diagnostics) = Read(new NumberType(), "area_ha: about-350");

        var error = Assert.Single(diagnostics);
        Assert.Equal("write digits only, with '.' for decimals; units and words belong in the text", error.Hint);
    }

    [Theory]
    [InlineData("population: 1234567", 1234567L)]
    [InlineData("population: -3", -3L)]
    public void Whole_number_is_read_as_long(string yaml, long expected)
    {
        var (value, diagnostics) = Read(new NumberType(wholeOnly: true), yaml);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.IsType<long>(value));
    }

    [Fact]
    public void Decimal_where_a_whole_number_belongs_is_an_error()
    {
        var (value, diagnostics) = Read(new NumberType(wholeOnly: true), "population_year: 2025.5");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 18), error.Location);
        Assert.Equal("expected a whole number such as 2025, but found '2025.5'", error.Message);
        Assert.Equal("write a whole number, with digits only", error.Hint);
    }

    [Fact]
    public void Whole_number_with_thousands_separators_is_an_error_with_a_hint()
    {
        var (value, diagnostics) = Read(new NumberType(wholeOnly: true), "population: 1,517,000");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 13), error.Location);
        Assert.Equal("write the number without separators: 1517000", error.Hint);
    }

    [Fact]
    public void Map_where_a_number_belongs_is_the_wrong_type()
    {
        var (_, diagnostics) = Read(new NumberType(), "area_ha: {en: 350}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal("expected a number such as 1250.5, but found a group of 'name: value' fields", error.Message);
    }

    // Dates

    [Fact]
    public void Date_is_read_as_DateOnly()
    {
        var (value, diagnostics) = Read(new DateType(), "published: 2026-11-24");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2026, 11, 24), Assert.IsType<DateOnly>(value));
    }

    [Fact]
    public void The_29th_of_February_is_a_date_in_a_leap_year()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), Read(new DateType(), "published: 2028-02-29").Value);
    }

    [Theory]
    [InlineData("published: 2026-13-01", "2026-13-01")]
    [InlineData("published: 2026-02-29", "2026-02-29")]
    [InlineData("published: 24/11/2026", "24/11/2026")]
    [InlineData("published: 2026-11-24T10:00:00", "2026-11-24T10:00:00")]
    [InlineData("published: 2026-1-5", "2026-1-5")]
    [InlineData("published: 0000-01-01", "0000-01-01")]
    [InlineData("published: ２０２６-11-24", "２０２６-11-24")]
    [InlineData("published: 2026-+1-24", "2026-+1-24")]
    public void Impossible_or_misformatted_date_is_an_error(string yaml, string written)
    {
        var (value, diagnostics) = Read(new DateType(), yaml);

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 1, 12), error.Location);
        Assert.Equal($"'{written}' is not a valid date", error.Message);
        Assert.Equal("write it as YYYY-MM-DD, e.g. 2026-11-24", error.Hint);
    }

    // Days and times of events

    [Theory]
    [InlineData("start: 2026-05-17", "2026-05-17T00:00", false)]
    [InlineData("start: 2026-05-17 08:30", "2026-05-17T08:30", true)]
    [InlineData("start: 2026-05-17T23:59", "2026-05-17T23:59", true)]
    [InlineData("start: '  2028-02-29 00:00 '", "2028-02-29T00:00", true)]
    public void A_day_or_a_day_and_time_is_read_as_written(string yaml, string expected, bool hasTime)
    {
        var (value, diagnostics) = Read(new ClockTimeType(), yaml);

        Assert.Empty(diagnostics);
        var clock = Assert.IsType<ClockTime>(value);
        Assert.Equal(NodaTime.LocalDateTime.FromDateTime(DateTime.Parse(expected, CultureInfo.InvariantCulture)),
            clock.Value);
        Assert.Equal(hasTime, clock.HasTime);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-5-17")]
    [InlineData("17/05/2026")]
    [InlineData("2026-05-17 24:00")]
    [InlineData("2026-05-17 08:60")]
    [InlineData("2026-05-17 8:30")]
    [InlineData("2026-05-17 08:30:00")]
    [InlineData("2026-05-17_08:30")]
    [InlineData("２０２６-05-17")]
    [InlineData("2026-05-+7")]
    public void A_day_or_time_that_does_not_exist_or_is_written_otherwise_is_an_error(string written)
    {
        var (value, diagnostics) = Read(new ClockTimeType(), $"start: '{written}'");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.Equal($"'{written}' is not a valid date, or date and time", error.Message);
    }

    [Theory]
    [InlineData("0000-05-17")]
    [InlineData("1899-12-31 23:59")]
    [InlineData("2201-01-01")]
    public void A_day_outside_the_years_events_may_be_in_is_an_error_about_the_year(string written)
    {
        var (value, diagnostics) = Read(new ClockTimeType(), $"start: '{written}'");

        Assert.Null(value);
        Assert.Equal($"'{written}' is not in the years 1900 to 2200", Assert.Single(diagnostics).Message);
    }

    // Choices

    [Fact]
    public void Allowed_choice_is_read_as_its_text()
    {
        var (value, diagnostics) = Read(ContentSchemas.ProjectStatus, "status: negotiating");

        Assert.Empty(diagnostics);
        Assert.Equal("negotiating", value);
    }

    [Theory]
    [InlineData("status: opne")]
    [InlineData("status: Open")]
    public void Misspelt_choice_is_an_error_with_a_did_you_mean_hint(string yaml)
    {
        var (value, diagnostics) = Read(ContentSchemas.ProjectStatus, yaml);

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NotAllowed, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 1, 9), error.Location);
        Assert.Equal("did you mean 'open'?", error.Hint);
    }

    [Fact]
    public void Choice_unlike_any_allowed_value_lists_the_allowed_values()
    {
        var (_, diagnostics) = Read(ContentSchemas.ProjectStatus, "status: pending");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NotAllowed, error.Code);
        Assert.Equal("'pending' is not allowed here", error.Message);
        Assert.Equal("expected one of: awarded, closed, negotiating, open", error.Hint);
    }

    // Yes or no

    [Theory]
    [InlineData("menu: true", true)]
    [InlineData("menu: yes", true)]
    [InlineData("menu: False", false)]
    [InlineData("menu: no", false)]
    public void Boolean_accepts_true_false_yes_and_no(string yaml, bool expected)
    {
        var (value, diagnostics) = Read(new BooleanType(), yaml);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.IsType<bool>(value));
    }

    [Fact]
    public void Boolean_rejects_other_words()
    {
        var (value, diagnostics) = Read(new BooleanType(), "menu: sometimes");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 7), error.Location);
        Assert.Equal("expected true or false, but found 'sometimes'", error.Message);
    }

    // Plain strings

    [Fact]
    public void String_is_read_as_written()
    {
        var (value, diagnostics) = Read(new StringType(), "short_name: CPTPP");

        Assert.Empty(diagnostics);
        Assert.Equal("CPTPP", value);
    }

    [Fact]
    public void String_cannot_be_a_language_map()
    {
        var (value, diagnostics) = Read(new StringType(), "short_name: {en: CPTPP}");

        Assert.Null(value);
        Assert.Equal(DiagnosticCodes.WrongType, Assert.Single(diagnostics).Code);
    }

    // References

    [Fact]
    public void Reference_to_an_existing_entry_is_read_as_its_key()
    {
        var (value, diagnostics) = Read(new ReferenceType(Collection.Provinces), "province: bac-ninh");

        Assert.Empty(diagnostics);
        Assert.Equal(new EntryKey(Collection.Provinces, "bac-ninh"), Assert.IsType<EntryKey>(value));
    }

    [Fact]
    public void Reference_to_an_unknown_slug_is_an_error_with_a_suggestion()
    {
        var (value, diagnostics) = Read(new ReferenceType(Collection.Provinces), "province: bac-nin");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 1, 11), error.Location);
        Assert.Equal("there is no entry 'bac-nin' in provinces/", error.Message);
        Assert.Equal("did you mean 'bac-ninh'?", error.Hint);
    }

    [Fact]
    public void Reference_to_an_entry_of_another_collection_is_an_error()
    {
        var (_, diagnostics) = Read(new ReferenceType(Collection.Provinces), "province: electronics");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.Equal("expected one of: bac-ninh, da-nang", error.Hint);
    }

    [Fact]
    public void Reference_into_an_empty_collection_suggests_creating_the_entry()
    {
        var (_, diagnostics) = Read(new ReferenceType(Collection.Ftas), "agreement: cptpp");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.Equal("create content/ftas/cptpp/ first", error.Hint);
    }

    // Lists

    [Fact]
    public void List_accepts_a_single_scalar_as_a_list_of_one()
    {
        var (value, diagnostics) = Read(new ListType(new ReferenceType(Collection.Sectors)), "sectors: electronics");

        Assert.Empty(diagnostics);
        var list = Assert.IsType<List<object>>(value);
        Assert.Equal(new EntryKey(Collection.Sectors, "electronics"), Assert.Single(list));
    }

    [Fact]
    public void List_reads_every_item_in_order()
    {
        var (value, diagnostics) = Read(new ListType(new ReferenceType(Collection.Sectors)),
            "sectors:\n  - logistics\n  - electronics\n");

        Assert.Empty(diagnostics);
        Assert.Equal(
            [new EntryKey(Collection.Sectors, "logistics"), new EntryKey(Collection.Sectors, "electronics")],
            Assert.IsType<List<object>>(value).Cast<EntryKey>());
    }

    [Fact]
    public void List_with_a_bad_item_is_left_out_and_the_item_is_reported_where_it_is()
    {
        var (value, diagnostics) = Read(new ListType(new ReferenceType(Collection.Sectors)),
            "sectors: [electronics, logistcs]");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 24), error.Location);
        Assert.Equal("did you mean 'logistics'?", error.Hint);
    }

    // Records

    private static readonly RecordType KeyFigure = new("a key figure",
        new FieldSchema("label", new TextType(), true, "what the figure is"),
        new FieldSchema("value", new TextType(), true, "the figure, with its unit"),
        new FieldSchema("year", new NumberType(wholeOnly: true), true, "the year the figure is for"),
        new FieldSchema("source", new StringType(), true, "where the figure comes from"));

    [Fact]
    public void Record_is_read_as_a_dictionary_of_typed_fields()
    {
        var (value, diagnostics) = Read(KeyFigure, "fact: {label: GRDP growth, value: 6.2%, year: 2024, source: GSO}");

        Assert.Empty(diagnostics);
        var record = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(value);
        Assert.Equal(LocalizedText.Of("GRDP growth"), record["label"]);
        Assert.Equal(2024L, record["year"]);
        Assert.Equal("GSO", record["source"]);
    }

    [Fact]
    public void Record_missing_a_required_field_is_an_error_at_the_record()
    {
        var (value, diagnostics) = Read(new ListType(KeyFigure),
            "facts:\n  - label: GRDP growth\n    value: 6.2%\n    source: GSO\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 2, 5), error.Location);
        Assert.Equal("a key figure is missing the required field 'year'", error.Message);
        Assert.Equal("add 'year:' with a whole number such as 2025 (the year the figure is for)", error.Hint);
        var record = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(
            Assert.Single(Assert.IsType<List<object>>(value)));
        Assert.False(record.ContainsKey("year"));
    }

    [Fact]
    public void Record_written_as_plain_text_is_the_wrong_type()
    {
        var (value, diagnostics) = Read(KeyFigure, "fact: GRDP growth 6.2%");

        Assert.Null(value);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal(new SourceLocation(Path, 1, 7), error.Location);
        Assert.StartsWith("expected a key figure with the fields label, value, year, source", error.Message);
    }
}
