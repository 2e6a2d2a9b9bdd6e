using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Parks are an optional collection: a site without any has no directory and no menu link to one, its theme needs none
/// of the parks' strings, and a province may still list its parks in its own <c>industrial_parks</c> field.
/// </summary>
public sealed class SiteWithoutParksTests
{
    [Fact]
    public void A_site_without_parks_has_no_directory_and_its_theme_needs_no_strings_for_them()
    {
        // The fixture's theme was written before parks existed: it has no 'collections.parks' or 'intro.parks'.
        using var fixture = FixtureSite.Copy("three-languages");

        var built = fixture.BuildSuccessfully();

        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == DiagnosticCodes.MissingUiString);
        Assert.DoesNotContain(built.Pages, p => p.Contains("parks/", StringComparison.Ordinal));
        Assert.DoesNotContain(built.Page("en/index.html").QuerySelectorAll("a"),
            a => a.GetAttribute("href")!.Contains("/parks/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_of_a_site_without_parks_lists_the_parks_of_its_own_field()
    {
        using var sample = new SampleCopy(search: false);
        sample.RemoveParks();
        File.AppendAllText(sample.PathOf("content/provinces/ha-tinh/index.yaml"),
            "industrial_parks:\n  - name: {en: Vũng Áng Economic Zone, ko: 붕앙 경제구역}\n");
        var output = sample.PathOf("output");

        var result = SiteBuilder.Build(new BuildOptions(sample.Root, output));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new BuiltSite(output, result).Page("ko/provinces/ha-tinh/index.html");
        Assert.DoesNotContain(page.QuerySelectorAll("nav.main-nav a"),
            a => a.GetAttribute("href")!.Contains("/parks/", StringComparison.Ordinal));
        Assert.Equal(["붕앙 경제구역"], page.QuerySelectorAll(".park-list strong").Select(s => s.TextContent));
    }
}
