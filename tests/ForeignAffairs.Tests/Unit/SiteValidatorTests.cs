using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Tests.Unit;

public sealed class SiteValidatorTests : IDisposable
{
    private const string Province = "title: Bac Ninh\nmerger: Bac Giang joined Bac Ninh on 1 July 2025.\n";
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private (Site Site, IReadOnlyList<Diagnostic> Diagnostics) Validate()
    {
        var diagnostics = new DiagnosticBag();
        var source = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);
        var site = SiteValidator.Validate(source, diagnostics);
        return (site, diagnostics.ToSortedList());
    }

    // Slugs

    [Theory]
    [InlineData("Bac_Ninh", "bac-ninh")]
    [InlineData("Bắc Ninh", "bac-ninh")]
    [InlineData("Đà-Nẵng", "da-nang")]
    [InlineData("da--nang", "da-nang")]
    public void Folder_name_that_is_not_a_slug_is_an_error_with_a_slug_hint(string folder, string slug)
    {
        _site.Write($"content/provinces/{folder}/index.yaml", Province);

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSlug, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(SourceLocation.File($"content/provinces/{folder}"), error.Location);
        Assert.Equal($"the folder name '{folder}' cannot be used in a web address", error.Message);
        Assert.Equal($"use lowercase ASCII letters, digits and single hyphens, e.g. '{slug}'", error.Hint);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Folder_names_differing_only_in_unicode_normalization_are_one_slug()
    {
        // "café" written composed (NFC, as Windows and Linux write it) and decomposed (NFD, as some macOS tools write
        // it): two folders on Linux that look the same. Neither is an ASCII slug either, so each is also an invalid
        // slug.
        const string composed = "caf\u00e9";
        const string decomposed = "cafe\u0301"; // sorts first in ordinal order, so it is the one kept as "first"
        _site.Write($"content/sectors/{composed}/index.yaml", "title: Café\n");
        _site.Write($"content/sectors/{decomposed}/index.yaml", "title: Café\n");

        var (site, diagnostics) = Validate();

        var duplicate = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
        Assert.Equal(DiagnosticSeverity.Error, duplicate.Severity);
        Assert.Equal(SourceLocation.File($"content/sectors/{composed}"), duplicate.Location);
        Assert.StartsWith($"this folder has the same name as content/sectors/{decomposed}: " +
            "it looks the same but its accents are encoded differently", duplicate.Message);
        // The duplicate is set aside; the folder kept is still checked, and its name is not a slug either.
        var invalid = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);
        Assert.Equal(SourceLocation.File($"content/sectors/{decomposed}"), invalid.Location);
        Assert.Equal("use lowercase ASCII letters, digits and single hyphens, e.g. 'cafe'", invalid.Hint);
        Assert.Equal(2, diagnostics.Count);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Folder_names_differing_only_in_case_are_one_slug()
    {
        _site.Write("content/provinces/Bac-Ninh/index.yaml", Province);
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);

        var (_, diagnostics) = Validate();

        var duplicate = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
        Assert.Equal(SourceLocation.File("content/provinces/bac-ninh"), duplicate.Location);
        Assert.Equal("this folder has the same name as content/provinces/Bac-Ninh: " +
            "they differ only in upper and lower case", duplicate.Message);
        Assert.Equal("merge the two folders into one", duplicate.Hint);
        var invalid = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.InvalidSlug);
        Assert.Equal(SourceLocation.File("content/provinces/Bac-Ninh"), invalid.Location);
    }

    [Fact]
    public void Two_entries_with_one_slug_are_reported_and_not_both_kept()
    {
        _site.Write("content/sectors/electronics/index.yaml", "title: Electronics\n");
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);
        var source = loaded with { Entries = [loaded.Entries[0], loaded.Entries[0]] };

        var site = SiteValidator.Validate(source, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.DuplicateSlug, error.Code);
        Assert.Equal(SourceLocation.File("content/sectors/electronics"), error.Location);
        Assert.True(site.Entries.Count <= 1);
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("news")]
    [InlineData("assets")]
    [InlineData("data")]
    public void Page_named_like_an_address_the_site_uses_is_an_error(string slug)
    {
        _site.Write($"content/pages/{slug}/index.yaml", "title: Our projects\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ReservedSlug, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(SourceLocation.File($"content/pages/{slug}"), error.Location);
        Assert.Equal($"an entry of pages/ cannot be called '{slug}': that address is taken by the site itself",
            error.Message);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Entry_named_like_a_collection_outside_pages_is_allowed()
    {
        _site.Write("content/sectors/news/index.yaml", "title: News media\n");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        Assert.Equal(new EntryKey(Collection.Sectors, "news"), Assert.Single(site.Entries).Key);
    }

    // Fields

    [Fact]
    public void Valid_entry_is_kept_with_its_typed_fields_and_texts()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province + "area_km2: 822.7\npopulation: 1517000\n");
        _site.Write("content/provinces/bac-ninh/en.md", "Bắc Ninh is an electronics hub.\n");
        _site.Write("content/provinces/bac-ninh/ja.md", "---\nsummary: 電子産業の集積地\n---\nバクニン省\n");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        var entry = Assert.Single(site.Entries);
        Assert.Equal(LocalizedText.Of("Bac Ninh"), entry.Title);
        Assert.Equal(822.7m, entry.Fields["area_km2"]);
        Assert.Equal(1517000L, entry.Fields["population"]);
        Assert.Equal(long.MaxValue, entry.Weight);
        Assert.Null(entry.Date);
        Assert.Equal(["en", "ja"], entry.Texts.Keys);
        var ja = entry.Texts["ja"];
        Assert.Equal(("ja", "content/provinces/bac-ninh/ja.md", "バクニン省\n", 4, (string?)null),
            (ja.Language, ja.Path, ja.Markdown, ja.BodyLine, ja.TranslatedFrom));
        Assert.Equal("電子産業の集積地", entry.Summary!.Resolve("ja", "en").Text);
    }

    [Fact]
    public void Missing_required_field_is_an_error_naming_the_index_file()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", "title: Bac Ninh\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(SourceLocation.File("content/provinces/bac-ninh/index.yaml"), error.Location);
        Assert.Equal("an entry of provinces/ is missing the required field 'merger'", error.Message);
        Assert.StartsWith("add 'merger:' with text", error.Hint);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Unknown_field_in_index_is_an_error_with_a_suggestion()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province + "populaton: 1517000\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/index.yaml", 3, 1), error.Location);
        Assert.Equal("an entry of provinces/ has no field 'populaton'", error.Message);
        Assert.Equal("did you mean 'population'?", error.Hint);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Required_field_with_an_invalid_value_is_reported_once()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/sectors/electronics/index.yaml", "title: Electronics\n");
        _site.Write("content/projects/yen-phong/index.yaml",
            "title: Yen Phong\nprovince: bac-ninh\nsectors: electronics\nstatus: opne\npublished: 2026-11-24\n");

        var (_, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NotAllowed, error.Code);
        Assert.Equal(new SourceLocation("content/projects/yen-phong/index.yaml", 4, 9), error.Location);
        Assert.Equal("did you mean 'open'?", error.Hint);
    }

    [Fact]
    public void Numeric_fact_in_front_matter_is_rejected_at_its_line()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province + "area_km2: 822.7\n");
        _site.Write("content/provinces/bac-ninh/en.md", "Body\n");
        _site.Write("content/provinces/bac-ninh/ja.md", "---\ntitle: バクニン\narea_km2: 900\n---\n本文\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/ja.md", 3, 1), error.Location);
        Assert.Equal("'area_km2' is a fact shared by every language, so it cannot be set in one translation",
            error.Message);
        Assert.Equal("move it to index.yaml, so that every language shows the same figure", error.Hint);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Unknown_field_in_front_matter_is_an_error_suggesting_a_text_field()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/provinces/bac-ninh/en.md", "Body\n");
        _site.Write("content/provinces/bac-ninh/ko.md", "---\ntitel: 박닌\n---\n");

        var (_, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, error.Code);
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/ko.md", 2, 1), error.Location);
        Assert.Equal("the front matter of ko.md has no field 'titel'", error.Message);
        Assert.Equal("did you mean 'title'?", error.Hint);
    }

    [Fact]
    public void Front_matter_title_overrides_the_index_title_for_its_language_only()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml",
            "title: {en: Bac Ninh, ko: 박닌성}\nmerger: Bac Giang joined.\n");
        _site.Write("content/provinces/bac-ninh/en.md", "Body\n");
        _site.Write("content/provinces/bac-ninh/ja.md", "---\ntitle: バクニン\n---\n本文\n");
        _site.Write("content/provinces/bac-ninh/ko.md", "본문\n");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        var entry = Assert.Single(site.Entries);
        Assert.Equal(("バクニン", "ja"), entry.Title.Resolve("ja", "en"));
        Assert.Equal(("Bac Ninh", "en"), entry.Title.Resolve("en", "en"));
        Assert.Equal(("박닌성", "ko"), entry.Title.Resolve("ko", "en"));
        Assert.Same(entry.Title, entry.Fields["title"]);
    }

    [Fact]
    public void Front_matter_title_overrides_an_index_title_written_once_for_its_language_only()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/provinces/bac-ninh/en.md", "Body\n");
        _site.Write("content/provinces/bac-ninh/ja.md", "---\ntitle: バクニン\n---\n本文\n");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        var title = Assert.Single(site.Entries).Title;
        Assert.Equal("バクニン", title.Resolve("ja", "en").Text);
        Assert.Equal("Bac Ninh", title.Resolve("en", "en").Text);
        Assert.Equal("Bac Ninh", title.Resolve("ko", "en").Text);
    }

    [Fact]
    public void Title_may_come_from_the_default_language_front_matter_alone()
    {
        _site.Write("content/sectors/electronics/index.yaml", "incentives: Tax holidays.\n");
        _site.Write("content/sectors/electronics/en.md", "---\ntitle: Electronics\n---\nBody\n");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        Assert.Equal(("Electronics", "en"), Assert.Single(site.Entries).Title.Resolve("ko", "en"));
    }

    [Fact]
    public void Entry_without_a_title_in_the_default_language_is_an_error()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", "title: {ja: バクニン省, ko: 박닌성}\nmerger: 合併\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        // At the title that lacks the language.
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/index.yaml", 1, 8), error.Location);
        Assert.Equal("the entry has no title in English (en), the site's default language", error.Message);
        Assert.Equal("give 'title' a 'en:' text, or write the title in en.md's front matter", error.Hint);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Title_given_only_in_another_language_front_matter_is_not_a_default_language_title()
    {
        _site.Write("content/sectors/electronics/index.yaml", "incentives: Tax holidays.\n");
        _site.Write("content/sectors/electronics/en.md", "Body\n");
        _site.Write("content/sectors/electronics/ja.md", "---\ntitle: 電子\n---\n本文\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal("the entry has no title in English (en), the site's default language", error.Message);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Entry_with_translations_but_no_default_language_text_is_an_error()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/provinces/bac-ninh/ko.md", "본문\n");
        _site.Write("content/provinces/bac-ninh/ja.md", "本文\n");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NoDefaultText, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(SourceLocation.File("content/provinces/bac-ninh/en.md"), error.Location);
        Assert.Equal("the entry is written in ja, ko but not in English, the site's default language, " +
            "which every translation is made from", error.Message);
        Assert.Equal("add en.md", error.Hint);
        Assert.Empty(site.Entries);
    }

    [Fact]
    public void Entry_without_any_markdown_needs_no_default_language_text()
    {
        _site.Write("content/sectors/electronics/index.yaml", "title: Electronics\n");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        Assert.Empty(Assert.Single(site.Entries).Texts);
    }

    // References

    private void WriteProject(string province, string sectors) =>
        _site.Write("content/projects/yen-phong/index.yaml",
            $"title: Yen Phong II-C Industrial Park\nprovince: {province}\nsectors: {sectors}\n" +
            "status: open\npublished: 2026-11-24\n");

    [Fact]
    public void References_to_existing_entries_are_kept_as_keys()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/sectors/electronics/index.yaml", "title: Electronics\n");
        WriteProject("bac-ninh", "[electronics]");

        var (site, diagnostics) = Validate();

        Assert.Empty(diagnostics);
        var project = site.Find(new EntryKey(Collection.Projects, "yen-phong"))!;
        Assert.Equal(new DateOnly(2026, 11, 24), project.Date);
        Assert.Equal([new EntryKey(Collection.Provinces, "bac-ninh"), new EntryKey(Collection.Sectors, "electronics")],
            project.References);
        Assert.Equal([project], site.ReferencesTo(new EntryKey(Collection.Provinces, "bac-ninh")));
    }

    [Fact]
    public void Reference_to_a_missing_entry_is_an_error_at_its_value_with_a_suggestion()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/sectors/electronics/index.yaml", "title: Electronics\n");
        WriteProject("bac-nin", "[electronics]");

        var (site, diagnostics) = Validate();

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation("content/projects/yen-phong/index.yaml", 2, 11), error.Location);
        Assert.Equal("there is no entry 'bac-nin' in provinces/", error.Message);
        Assert.Equal("did you mean 'bac-ninh'?", error.Hint);
        Assert.Null(site.Find(new EntryKey(Collection.Projects, "yen-phong")));
        Assert.NotNull(site.Find(new EntryKey(Collection.Provinces, "bac-ninh")));
    }

    [Fact]
    public void Reference_to_a_missing_entry_in_a_list_is_an_error_at_the_item()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", Province);
        _site.Write("content/sectors/electronics/index.yaml", "title: Electronics\n");
        WriteProject("bac-ninh", "[electronics, semiconductors]");

        var (_, diagnostics) = Validate();

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
        Assert.Equal(new SourceLocation("content/projects/yen-phong/index.yaml", 3, 24), error.Location);
        Assert.Equal("there is no entry 'semiconductors' in sectors/", error.Message);
    }
}
