using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Unit;

public sealed class ContentLoaderTests : IDisposable
{
    private const string JaPath = "content/provinces/bac-ninh/ja.md";
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    // ReadTranslation: front matter and body

    [Fact]
    public void Front_matter_is_split_from_the_body()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("ja", JaPath,
            "---\ntitle: バクニン\nsummary: 電子産業\n---\nバクニン省は電子産業の集積地です。\n", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("ja", translation.Language);
        Assert.Equal(JaPath, translation.Path);
        Assert.NotNull(translation.FrontMatter);
        Assert.Equal(["title", "summary"],
            translation.FrontMatter.Root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("バクニン省は電子産業の集積地です。\n", translation.Body);
        Assert.Equal(5, translation.BodyLine);
    }

    [Fact]
    public void Front_matter_node_positions_are_lines_of_the_markdown_file()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("ja", JaPath,
            "---\ntitle: バクニン\nsummary: 電子産業\n---\n本文\n", diagnostics);

        var frontMatter = translation.FrontMatter!;
        Assert.Equal(JaPath, frontMatter.Path);
        var (titleKey, titleValue) = frontMatter.Root.Children.First();
        var (summaryKey, summaryValue) = frontMatter.Root.Children.Last();
        Assert.Equal(new SourceLocation(JaPath, 2, 1), frontMatter.Locate(titleKey));
        Assert.Equal(new SourceLocation(JaPath, 2, 8), frontMatter.Locate(titleValue));
        Assert.Equal(new SourceLocation(JaPath, 3, 1), frontMatter.Locate(summaryKey));
        Assert.Equal(new SourceLocation(JaPath, 3, 10), frontMatter.Locate(summaryValue));
    }

    [Fact]
    public void Markdown_without_front_matter_is_all_body_from_line_1()
    {
        var diagnostics = new DiagnosticBag();
        const string text = "# Bắc Ninh\n\nAn electronics hub.\n";

        var translation = ContentLoader.ReadTranslation("en", "content/provinces/bac-ninh/en.md", text, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Null(translation.FrontMatter);
        Assert.Equal(text, translation.Body);
        Assert.Equal(1, translation.BodyLine);
    }

    [Fact]
    public void Horizontal_rule_below_the_first_line_does_not_start_front_matter()
    {
        var diagnostics = new DiagnosticBag();
        const string text = "Intro\n---\ntitle: not front matter\n---\n";

        var translation = ContentLoader.ReadTranslation("en", "content/pages/about/en.md", text, diagnostics);

        Assert.Null(translation.FrontMatter);
        Assert.Equal(text, translation.Body);
        Assert.Equal(1, translation.BodyLine);
    }

    [Fact]
    public void Front_matter_may_be_closed_with_three_dots()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("en", "content/pages/about/en.md",
            "---\ntitle: About us\n...\nWho we are.", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(translation.FrontMatter);
        Assert.Equal("Who we are.", translation.Body);
        Assert.Equal(4, translation.BodyLine);
    }

    [Theory]
    [InlineData("---\rtitle: A\rsummary: B\r---\rBody\r", "Body\r", 5)]
    [InlineData("---\ntitle: A\r\nsummary: B\r---\nBody", "Body", 5)]
    [InlineData("---\ntitle: A\nsummary: B\n...\n\nBody\n", "\nBody\n", 5)]
    [InlineData("---\ntitle: A\nsummary: B\n---", "", 5)]
    [InlineData("---\ntitle: A\nsummary: B\n---\n", "", 5)]
    public void Every_kind_of_line_break_ends_a_line_of_the_front_matter(string text, string body, int bodyLine)
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("en", "content/pages/about/en.md", text, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["title", "summary"],
            translation.FrontMatter!.Root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(body, translation.Body);
        Assert.Equal(bodyLine, translation.BodyLine);
    }

    [Theory]
    [InlineData("---\ntitle: A\n", 4)]
    [InlineData("---\r\ntitle: A", 3)]
    [InlineData("---", 2)]
    public void A_front_matter_never_closed_is_reported_and_its_file_has_no_body(string text, int bodyLine)
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("en", "content/pages/about/en.md", text, diagnostics);

        Assert.Equal(DiagnosticCodes.UnclosedFrontMatter, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Null(translation.FrontMatter);
        Assert.Equal("", translation.Body);
        Assert.Equal(bodyLine, translation.BodyLine);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_lines()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("ko", "content/provinces/bac-ninh/ko.md",
            "---\r\ntitle: 박닌\r\n---\r\n본문\r\n", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("본문\r\n", translation.Body); // the body is kept exactly as written
        Assert.Equal(4, translation.BodyLine);
        var (titleKey, titleValue) = translation.FrontMatter!.Root.Children.Single();
        Assert.Equal("박닌", ((YamlScalarNode)titleValue).Value);
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/ko.md", 2, 1),
            translation.FrontMatter.Locate(titleKey));
    }

    [Fact]
    public void Empty_front_matter_is_an_empty_mapping()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("en", "content/pages/about/en.md",
            "---\n---\nBody", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(translation.FrontMatter);
        Assert.Empty(translation.FrontMatter.Root.Children);
        Assert.Equal("Body", translation.Body);
        Assert.Equal(3, translation.BodyLine);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_at_its_opening_line()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("ja", JaPath, "---\ntitle: バクニン\n\nバクニン省は…\n", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.UnclosedFrontMatter, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(JaPath, 1, 1), error.Location);
        Assert.Contains("never closed", error.Message);
        Assert.Contains("'---'", error.Hint);
        Assert.Null(translation.FrontMatter);
        Assert.Equal("", translation.Body);
    }

    [Fact]
    public void Syntax_error_in_front_matter_is_reported_at_its_line_in_the_markdown_file()
    {
        var diagnostics = new DiagnosticBag();

        var translation = ContentLoader.ReadTranslation("ja", JaPath,
            "---\ntitle: バクニン\n  capital: バクニン市\n---\n本文", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(JaPath, 3, 10), error.Location);
        Assert.Null(translation.FrontMatter);
        Assert.Equal("本文", translation.Body);
        Assert.Equal(5, translation.BodyLine);
    }

    // Load: folders and files

    [Fact]
    public void Entry_folder_is_read_with_its_index_translations_and_resources()
    {
        _site.Write("content/site.yaml", "title: ignored by the loader\n");
        _site.Write("content/provinces/bac-ninh/index.yaml", "title: Bac Ninh\n");
        _site.Write("content/provinces/bac-ninh/en.md", "An electronics hub.\n");
        _site.Write("content/provinces/bac-ninh/ja.md", "---\ntitle: バクニン\n---\n電子産業。\n");
        _site.Write("content/provinces/bac-ninh/map.png", "png");
        _site.Write("content/provinces/bac-ninh/docs/plan.pdf", "pdf");
        _site.Write("content/provinces/bac-ninh/docs/notes.md", "not a translation: it is in a subfolder");
        _site.Write("content/provinces/bac-ninh/.DS_Store", "hidden");
        _site.Write("content/provinces/bac-ninh/en.md~", "editor backup");
        var diagnostics = new DiagnosticBag();

        var source = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(Path.GetFullPath(_site.Root), source.Root);
        var entry = Assert.Single(source.Entries);
        Assert.Equal(new EntryKey(Collection.Provinces, "bac-ninh"), entry.Key);
        Assert.NotNull(entry.Index);
        Assert.Equal("content/provinces/bac-ninh/index.yaml", entry.Index.Path);
        Assert.Equal(["en", "ja"], entry.Translations.Keys);
        Assert.Equal(1, entry.Translations["en"].BodyLine);
        Assert.Equal(4, entry.Translations["ja"].BodyLine);
        Assert.Equal("content/provinces/bac-ninh/ja.md", entry.Translations["ja"].Path);
        Assert.Equal(["docs/notes.md", "docs/plan.pdf", "map.png"], entry.Resources);
    }

    [Fact]
    public void Only_the_default_language_text_has_its_fingerprint_taken()
    {
        const string source = "---\ntitle: Bac Ninh\n---\nAn electronics hub.\n";
        _site.Write("content/provinces/bac-ninh/index.yaml", "title: Bac Ninh\n");
        _site.Write("content/provinces/bac-ninh/en.md", source);
        _site.Write("content/provinces/bac-ninh/ja.md",
            "---\ntitle: バクニン\ntranslated_from: 0123456789ab\n---\n電子産業。\n");
        var diagnostics = new DiagnosticBag();

        var loaded = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);

        var entry = Assert.Single(loaded.Entries);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(SourceFingerprint.Of(source), entry.Translations["en"].Fingerprint);
        Assert.Null(entry.Translations["ja"].Fingerprint);
    }

    [Fact]
    public void Folder_that_is_not_a_collection_is_an_error_with_a_suggestion()
    {
        _site.Write("content/province/bac-ninh/index.yaml", "title: Bac Ninh\n");
        var diagnostics = new DiagnosticBag();

        var source = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);

        Assert.Empty(source.Entries);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.UnknownCollection, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(SourceLocation.File("content/province"), error.Location);
        Assert.Equal("did you mean 'provinces'?", error.Hint);
    }

    [Fact]
    public void Translation_named_after_an_undeclared_language_is_an_error_with_a_suggestion()
    {
        _site.Write("content/provinces/bac-ninh/index.yaml", "title: Bac Ninh\n");
        _site.Write("content/provinces/bac-ninh/jp.md", "バクニン省\n");
        var diagnostics = new DiagnosticBag();

        var source = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.UnknownLanguageFile, error.Code);
        Assert.Equal(SourceLocation.File("content/provinces/bac-ninh/jp.md"), error.Location);
        Assert.Equal("did you mean 'ja.md'?", error.Hint);
        Assert.Empty(Assert.Single(source.Entries).Translations);
    }

    [Fact]
    public void Entry_folder_without_index_is_an_error()
    {
        _site.Write("content/sectors/electronics/en.md", "Electronics.\n");
        var diagnostics = new DiagnosticBag();

        var source = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.MissingIndex, error.Code);
        Assert.Equal(SourceLocation.File("content/sectors/electronics/index.yaml"), error.Location);
        Assert.Null(Assert.Single(source.Entries).Index);
    }

    [Fact]
    public void Entries_are_in_collection_folder_then_slug_order()
    {
        _site.Write("content/sectors/logistics/index.yaml", "title: Logistics\n");
        _site.Write("content/provinces/da-nang/index.yaml", "title: Da Nang\n");
        _site.Write("content/provinces/bac-ninh/index.yaml", "title: Bac Ninh\n");
        var diagnostics = new DiagnosticBag();

        var source = ContentLoader.Load(_site.Root, TempFolder.ThreeLanguageConfig(), diagnostics);

        Assert.Equal(["provinces/bac-ninh", "provinces/da-nang", "sectors/logistics"],
            source.Entries.Select(e => e.Key.ToString()));
    }
}
