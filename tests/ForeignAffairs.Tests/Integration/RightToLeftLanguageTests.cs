using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A language written from right to left (<c>direction: rtl</c> in site.yaml) gets <c>dir="rtl"</c> on the <c>html</c>
/// element of its pages, in the test theme and in the default theme; other languages' pages stay as they were.
/// </summary>
public sealed class RightToLeftLanguageTests
{
    private const string Arabic = "  - {code: ar, name: العربية, direction: rtl}\n";

    [Fact]
    public void The_pages_of_a_right_to_left_language_say_so_on_the_html_element()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var settings = Path.Combine(fixture.Root, "content", "site.yaml");
        File.WriteAllText(settings,
            File.ReadAllText(settings).Replace("theme: minimal", Arabic.TrimEnd() + "\ntheme: minimal"));

        var built = fixture.BuildSuccessfully();

        AssertDirections(built);
    }

    [Fact]
    public void The_default_theme_marks_a_right_to_left_language_too()
    {
        using var sample = new SampleCopy(search: false);
        sample.Edit("content/site.yaml", "  - {code: ko, name: 한국어}\n", "  - {code: ko, name: 한국어}\n" + Arabic);
        var output = sample.PathOf("output");

        var result = SiteBuilder.Build(new BuildOptions(sample.Root, output));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        AssertDirections(new BuiltSite(output, result));
    }

    private static void AssertDirections(BuiltSite built)
    {
        var pages = built.Pages.Where(p => p.Contains('/')).ToArray();
        Assert.Contains(pages, p => p.StartsWith("ar/", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var html = built.Page(page).DocumentElement;
            var expected = page.StartsWith("ar/", StringComparison.Ordinal) ? "rtl" : null;
            Assert.True(expected == html.GetAttribute("dir"), $"{page} has dir=\"{html.GetAttribute("dir")}\"");
        }
    }
}
