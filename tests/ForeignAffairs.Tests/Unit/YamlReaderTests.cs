using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Unit;

public sealed class YamlReaderTests
{
    private const string Path = "content/provinces/bac-ninh/index.yaml";

    [Fact]
    public void Valid_mapping_is_read_with_the_file_position_of_every_node()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("title: Bac Ninh\narea_km2: 822.7\n", Path, diagnostics);

        Assert.NotNull(source);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(Path, source.Path);
        Assert.Equal(0, source.LineOffset);
        Assert.Equal(2, source.Root.Children.Count);
        var (areaKey, areaValue) = source.Root.Children.Last();
        Assert.Equal("area_km2", ((YamlScalarNode)areaKey).Value);
        Assert.Equal("822.7", ((YamlScalarNode)areaValue).Value);
        Assert.Equal(new SourceLocation(Path, 2, 1), source.Locate(areaKey));
        Assert.Equal(new SourceLocation(Path, 2, 11), source.Locate(areaValue));
    }

    [Fact]
    public void Syntax_error_is_reported_at_the_line_and_column_of_the_offending_character()
    {
        var diagnostics = new DiagnosticBag();

        // Line 2 is indented under a plain value; its ':' (column 6) makes it an invalid mapping.
        var source = YamlReader.ReadMapping("title: Bac Ninh\n  capital: Bac Ninh\n", Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 2, 10), error.Location);
        Assert.StartsWith("this is not valid YAML: ", error.Message);
        Assert.DoesNotContain("(Line:", error.Message);
        Assert.Contains("indentation", error.Hint);
    }

    [Fact]
    public void Top_level_list_is_not_a_mapping()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("- title: Bac Ninh\n- title: Da Nang\n", Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlNotMapping, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 1, 1), error.Location);
        Assert.Contains("'field: value' lines", error.Message);
    }

    [Fact]
    public void Single_value_document_is_not_a_mapping()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("\n\nBac Ninh\n", Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlNotMapping, error.Code);
        Assert.Equal(new SourceLocation(Path, 3, 1), error.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# nothing written yet\n")]
    [InlineData("---\n")]
    public void Empty_document_is_an_empty_mapping(string text)
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping(text, Path, diagnostics);

        Assert.NotNull(source);
        Assert.Empty(source.Root.Children);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Line_offset_shifts_node_positions_to_the_file()
    {
        var diagnostics = new DiagnosticBag();

        // Front matter: the YAML starts on line 2 of its file, below the opening '---'.
        var source = YamlReader.ReadMapping("title: バクニン\nsummary: 電子産業\n", "content/provinces/bac-ninh/ja.md",
            diagnostics, lineOffset: 1);

        Assert.NotNull(source);
        Assert.Equal(1, source.LineOffset);
        var (summaryKey, summaryValue) = source.Root.Children.Last();
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/ja.md", 3, 1), source.Locate(summaryKey));
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/ja.md", 3, 10), source.Locate(summaryValue));
    }

    [Fact]
    public void Line_offset_shifts_syntax_error_positions_to_the_file()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("title: a\n  capital: b\n", "content/provinces/bac-ninh/ja.md",
            diagnostics, lineOffset: 1);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation("content/provinces/bac-ninh/ja.md", 3, 10), error.Location);
    }

    [Fact]
    public void Line_offset_shifts_the_position_of_a_list_that_is_not_a_mapping()
    {
        var diagnostics = new DiagnosticBag();

        YamlReader.ReadMapping("\n- a\n", "content/pages/about/en.md", diagnostics, lineOffset: 1);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlNotMapping, error.Code);
        Assert.Equal(new SourceLocation("content/pages/about/en.md", 3, 1), error.Location);
    }

    [Fact]
    public void Field_written_twice_is_a_duplicate_key_error_at_the_second_key()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("title: Bac Ninh\nmerger: none\ntitle: Bắc Ninh\n", Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.DuplicateKey, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(Path, 3, 1), error.Location);
        Assert.Contains("written twice", error.Message);
    }

    [Fact]
    public void The_same_field_in_two_items_of_a_list_is_not_written_twice()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("facts:\n  - label: area\n    value: 1\n  - label: people\n    value: 2\n",
            Path, diagnostics);

        Assert.NotNull(source);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Field_written_twice_inside_a_list_item_is_reported_at_the_second_key()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("facts:\n  - label: area\n    value: 1\n    label: people\n",
            Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.DuplicateKey, error.Code);
        Assert.Equal(new SourceLocation(Path, 4, 5), error.Location);
        Assert.Equal("the field 'label' is written twice here", error.Message);
    }

    [Fact]
    public void A_list_written_twice_as_a_key_is_a_duplicate_key_error()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("? [a, b]\n: 1\n? [a, b]\n: 2\n", Path, diagnostics);

        Assert.Null(source);
        Assert.Equal(DiagnosticCodes.DuplicateKey, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void Tab_in_the_indentation_is_reported_at_the_tab_and_named()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("title: Bac Ninh\nfacts:\n\t- label: area\n", Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(new SourceLocation(Path, 3, 1), error.Location);
        Assert.Equal("indent with spaces, not tabs", error.Hint);
    }

    [Fact]
    public void Tab_inside_a_block_of_text_is_not_blamed_for_a_mistake_elsewhere()
    {
        var diagnostics = new DiagnosticBag();

        var source = YamlReader.ReadMapping("body: |\n  first\n  \tindented\ntitle: \"Bac Ninh\n", Path, diagnostics);

        Assert.Null(source);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.NotEqual("indent with spaces, not tabs", error.Hint);
        Assert.Equal(4, error.Location.Line);
    }
}
