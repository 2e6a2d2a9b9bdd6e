using System.Text.Json.Nodes;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The <c>translations</c> command tells editors what is translated, stale or missing, and records translations as up
/// to date.
/// </summary>
public sealed class TranslationsCommandTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages");

    public void Dispose() => _fixture.Dispose();

    private string Read(string path) => File.ReadAllText(Path.Combine(_fixture.Root, path));

    private (int Exit, string Out, string Err) Translations(params string[] args) =>
        CommandLine.Run(["translations", "--source", _fixture.Root, .. args]);

    private Dictionary<(string Entry, string Language), string> States()
    {
        var (exit, stdout, _) = Translations("--format", "json");
        Assert.Equal(0, exit);
        return JsonNode.Parse(stdout)!.AsArray().ToDictionary(
            s => (s!["entry"]!.GetValue<string>(), s["language"]!.GetValue<string>()),
            s => s!["state"]!.GetValue<string>());
    }

    [Fact]
    public void The_report_lists_each_language_with_what_is_missing()
    {
        var (exit, stdout, _) = Translations();
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Translations of 6 entries from English (en):", lines[0]);
        Assert.Equal("ja 日本語: 0 up to date, 5 without a record of their source, 0 stale, 1 missing", lines[1]);
        Assert.StartsWith("  missing  content/provinces/da-nang/ja.md: ", lines[2]);
        Assert.Equal("ko 한국어: 0 up to date, 5 without a record of their source, 0 stale, 1 missing", lines[3]);
        Assert.Equal("missing", States()[("provinces/da-nang", "ko")]);
    }

    [Fact]
    public void Strict_fails_while_a_translation_is_missing()
    {
        Assert.Equal(1, Translations("--strict").Exit);
        File.WriteAllText(Path.Combine(_fixture.Root, "content/provinces/da-nang/ja.md"), "ダナン市は沿岸都市です。\n");
        File.WriteAllText(Path.Combine(_fixture.Root, "content/provinces/da-nang/ko.md"), "다낭시는 해안 도시입니다.\n");
        Assert.Equal(0, Translations("--strict").Exit);
    }

    [Fact]
    public void Marking_records_the_source_and_keeps_everything_else_in_the_file()
    {
        var before = Read("content/provinces/bac-ninh/ja.md");
        var (exit, stdout, _) = Translations("--mark", "ja", "provinces/bac-ninh");
        Assert.Equal(0, exit);
        Assert.Equal("Marked content/provinces/bac-ninh/ja.md as translated from the current English text.",
            stdout.Trim());
        var after = Read("content/provinces/bac-ninh/ja.md");
        Assert.Matches("^---\ntranslated_from: [0-9a-f]{12}\ntitle: バクニン\n---\n", after);
        var unmarked = after.Split('\n').Where(l => !l.StartsWith("translated_from", StringComparison.Ordinal));
        Assert.Equal(before.Replace("---\n", ""), string.Join('\n', unmarked).Replace("---\n", ""));
        Assert.Equal("current", States()[("provinces/bac-ninh", "ja")]);
        Assert.Equal("unrecorded", States()[("provinces/bac-ninh", "ko")]);
        Assert.True(_fixture.Build().Succeeded);
    }

    [Fact]
    public void A_refused_name_marks_nothing_even_after_a_name_that_could_be_marked()
    {
        var before = Read("content/provinces/bac-ninh/ja.md");

        var (exit, stdout, _) = Translations("--mark", "ja", "provinces/bac-ninh", "provinces/bac-nihn");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout.Trim());
        Assert.Equal(before, Read("content/provinces/bac-ninh/ja.md"));
    }

    [Fact]
    public void Marking_a_file_without_front_matter_adds_it_and_keeps_its_line_endings()
    {
        File.WriteAllText(Path.Combine(_fixture.Root, "content/sectors/electronics/ko.md"), "전자.\r\n\r\n둘째 단락.\r\n");
        Assert.Equal(0, Translations("--mark", "ko", "sectors/electronics").Exit);
        Assert.Matches("^---\r\ntranslated_from: [0-9a-f]{12}\r\n---\r\n전자.\r\n\r\n둘째 단락.\r\n$",
            Read("content/sectors/electronics/ko.md"));
        Assert.Equal("current", States()[("sectors/electronics", "ko")]);
    }

    [Fact]
    public void A_translation_goes_stale_when_its_source_changes_but_not_for_whitespace()
    {
        Translations("--mark", "ja", "provinces/bac-ninh");
        var english = Path.Combine(_fixture.Root, "content/provinces/bac-ninh/en.md");
        File.WriteAllText(english, File.ReadAllText(english).Replace("\n", "  \r\n"));
        Assert.Equal("current", States()[("provinces/bac-ninh", "ja")]);

        File.AppendAllText(english, "\nIn 2024 the province opened a new industrial park.\n");
        Assert.Equal("stale", States()[("provinces/bac-ninh", "ja")]);
        var (exit, stdout, _) = Translations("--strict");
        Assert.Equal(1, exit);
        Assert.Contains("  stale    content/provinces/bac-ninh/ja.md: the English text changed after it was translated;"
            + " update it, then run translations --mark ja provinces/bac-ninh",
            stdout.Split('\n'));

        Translations("--mark", "ja", "provinces/bac-ninh");
        Assert.Equal("current", States()[("provinces/bac-ninh", "ja")]);
    }

    [Theory]
    [InlineData("ja", "provinces/bac-nihn", 2,
        "there is no entry provinces/bac-nihn (did you mean 'provinces/bac-ninh'?)")]
    [InlineData("en", "provinces/bac-ninh", 2, "'en' is not a translation language of this site (use one of ja, ko)")]
    [InlineData("ja", "provinces/da-nang", 2, "there is no translation to mark")]
    [InlineData("ja", "bac-ninh", 2, "'bac-ninh' is not an entry; write collection/slug")]
    public void Marking_something_that_cannot_be_marked_says_why(
        string language, string entry, int exitCode, string message)
    {
        var (exit, _, stderr) = Translations("--mark", language, entry);
        Assert.Equal(exitCode, exit);
        Assert.Contains(message, stderr);
    }
}
