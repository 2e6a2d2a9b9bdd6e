using System.Text.Json.Nodes;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample site with a Korean translation removed and an English source edited, as an editor would leave it.
/// </summary>
public sealed class SampleTranslationTests : IDisposable
{
    private readonly SampleCopy _sample = new(search: false);

    public void Dispose() => _sample.Dispose();

    private string StateOf(string entry, string language)
    {
        var (exit, stdout, stderr) = CommandLine.Run("translations", "--source", _sample.Root, "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonNode.Parse(stdout)!.AsArray()
            .Single(s => s!["entry"]!.GetValue<string>() == entry
                && s["language"]!.GetValue<string>() == language)!["state"]!.GetValue<string>();
    }

    [Fact]
    public void Every_translation_of_the_sample_is_recorded_as_up_to_date()
    {
        var (exit, stdout, _) = CommandLine.Run("translations", "--source", _sample.Root, "--strict");
        Assert.Equal(0, exit);
        Assert.Matches(@"^ja 日本語: (\d+) up to date, 0 without a record of their source, 0 stale, 0 missing$",
            stdout.Split('\n')[1]);
    }

    [Fact]
    public void A_removed_korean_translation_leaves_a_korean_page_that_says_so()
    {
        File.Delete(_sample.PathOf("content/provinces/bac-ninh/ko.md"));
        var output = _sample.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(_sample.Root, output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var built = new BuiltSite(output, result);

        var page = built.Page("ko/provinces/bac-ninh/index.html");
        Assert.Equal("ko", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("이 페이지는 아직 한국어로 제공되지 않습니다. 영어 버전을 표시합니다.",
            page.QuerySelector(".notice-language")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("[lang=en] h2"));
        Assert.EndsWith("/en/provinces/bac-ninh/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Empty(built.Alternates("ko/provinces/bac-ninh/index.html"));
        Assert.Equal(["en", "ja", "x-default"],
            built.Alternates("en/provinces/bac-ninh/index.html").Keys.Order(StringComparer.Ordinal));

        var switcher = page.QuerySelectorAll(".lang-switch a[hreflang]");
        Assert.Equal(["/en/provinces/bac-ninh/", "/ja/provinces/bac-ninh/", "/ko/provinces/bac-ninh/"],
            switcher.Select(a => a.GetAttribute("href")));
        var korean = switcher.Single(a => a.GetAttribute("hreflang") == "ko");
        Assert.Equal("page", korean.GetAttribute("aria-current"));
        Assert.Contains("is-untranslated", korean.ClassList);

        Assert.Contains("박닌성", built.Page("ko/provinces/index.html").QuerySelector("main")!.TextContent);
        Assert.Equal("missing", StateOf("provinces/bac-ninh", "ko"));
        Assert.Equal(1, CommandLine.Run("translations", "--source", _sample.Root, "--strict").Exit);
    }

    [Fact]
    public void An_edited_english_source_makes_the_japanese_translation_stale()
    {
        Assert.Equal("current", StateOf("sectors/logistics", "ja"));
        File.AppendAllText(_sample.PathOf("content/sectors/logistics/en.md"), "\nA new dry port opened in 2026.\n");
        Assert.Equal("stale", StateOf("sectors/logistics", "ja"));
        Assert.Equal("stale", StateOf("sectors/logistics", "ko"));
        Assert.Equal("current", StateOf("sectors/tourism", "ja"));
    }
}
