using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A province entry with <c>kind: city</c> is labelled as a centrally-run city: its centre is its administrative
/// centre, and the unit is a city. The sample's city is moved from Đà Nẵng to Bắc Ninh, so that only the field can
/// explain the labels.
/// </summary>
public sealed class CentrallyRunCityTests : IDisposable
{
    private readonly SampleCopy _sample = new(search: false);
    private readonly BuiltSite _built;

    public CentrallyRunCityTests()
    {
        _sample.Edit("content/provinces/da-nang/index.yaml", "kind: city\n", "");
        _sample.Edit("content/provinces/bac-ninh/index.yaml", "\nregion:", "\nkind: city\nregion:");
        var output = _sample.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(_sample.Root, output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        _built = new BuiltSite(output, result);
    }

    public void Dispose() => _sample.Dispose();

    private static string[] GlanceTerms(IDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby=ui-glance-heading] dt").Select(dt => dt.TextContent).ToArray();

    [Theory]
    [InlineData("en", "Administrative centre", "Capital", "Investment projects in this city", "News about this city")]
    [InlineData("ja", "行政中心地", "省都", "この市の投資案件", "この市に関するニュース")]
    [InlineData("ko", "행정 중심지", "성도", "이 시의 투자 프로젝트", "이 시 관련 뉴스")]
    public void A_city_has_an_administrative_centre_and_its_sections_name_it_a_city(
        string language, string centre, string capital, string projects, string news)
    {
        var city = _built.Page($"{language}/provinces/bac-ninh/index.html");
        Assert.Contains(centre, GlanceTerms(city));
        Assert.DoesNotContain(capital, GlanceTerms(city));
        Assert.Equal(projects, city.GetElementById("ui-province-projects")!.TextContent);
        Assert.Equal(news, city.GetElementById("ui-province-news")!.TextContent);

        var province = _built.Page($"{language}/provinces/da-nang/index.html");
        Assert.Contains(capital, GlanceTerms(province));
        Assert.DoesNotContain(centre, GlanceTerms(province));
        Assert.NotEqual(projects, province.GetElementById("ui-province-projects")!.TextContent);
    }

    [Theory]
    [InlineData("en", "City", "Other projects in this city", "Province")]
    [InlineData("ja", "市", "同じ市のその他の案件", "省・市")]
    [InlineData("ko", "시", "같은 시의 다른 프로젝트", "성·시")]
    public void A_project_in_a_city_names_the_city_as_a_city(string language, string unit, string others,
        string province)
    {
        var project = _built.Page($"{language}/projects/bac-ninh-inland-container-depot/index.html");
        Assert.Equal(unit, project.QuerySelector("section[aria-labelledby=ui-details-heading] dt")!.TextContent);
        Assert.Equal(others, project.GetElementById("ui-other-projects")!.TextContent);
        var card = project.QuerySelector("section[aria-labelledby=ui-other-projects] .card-facts dt")!;
        Assert.Equal(unit, card.TextContent);

        var elsewhere = _built.Page($"{language}/projects/da-nang-software-park-expansion/index.html");
        Assert.Equal(province, elsewhere.QuerySelector("section[aria-labelledby=ui-details-heading] dt")!.TextContent);
    }
}
