using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample site, whose Vĩnh Phúc office names its Japan Desk, with a Korea Desk added to Bắc Ninh's office (test
/// values in a temporary copy).
/// </summary>
public sealed class DeskSite : IDisposable
{
    public DeskSite()
    {
        Copy = new SampleCopy(search: false);
        const string address = "    ko: 베트남 박닌성 성 행정센터(옛 박장시 지역)\n";
        Copy.Edit("content/provinces/bac-ninh/index.yaml", address, address +
            "  desks:\n" +
            "    - language: ko\n" +
            "      name: {en: Korea Desk, ja: 韓国デスク, ko: 코리아 데스크}\n" +
            "      contact: {en: A test officer, ko: 테스트 담당자}\n" +
            "      phone: +84 222 000 0000\n" +
            "      email: koreadesk@example.org\n" +
            "      source: A test source\n");
        Built = BuiltSite.Build(Copy);
    }

    public SampleCopy Copy { get; }

    public BuiltSite Built { get; }

    public void Dispose() => Copy.Dispose();
}

/// <summary>
/// A desk that serves investors in the page's language comes first, in a panel of its own above the office; in other
/// languages it is listed under the office with its language.
/// </summary>
public sealed class DeskTests(DeskSite site) : IClassFixture<DeskSite>
{
    private IElement[] Panels(string language, string province) =>
        site.Built.Page($"{language}/provinces/{province}/index.html")
            .QuerySelectorAll(".entry-aside .panel-desk, .entry-aside .panel-office")
            .ToArray();

    [Fact]
    public void A_japanese_page_shows_the_japan_desk_before_the_office()
    {
        var panels = Panels("ja", "vinh-phuc");

        Assert.Equal(["panel-desk", "panel-office"], panels.Select(p => p.ClassList[1]));
        Assert.Equal("ビンフック省ジャパンデスク", panels[0].QuerySelector("h2")!.TextContent);
        Assert.Equal("日本語でご相談いただける窓口です。", panels[0].QuerySelector("h2 + p")!.TextContent);
        Assert.StartsWith("2018年3月26日、", panels[0].QuerySelector(".desk-note")!.TextContent);
        Assert.Equal(
            "http://baovinhphuc.com.vn/en/news/48230/signing-the-mou-on-establishing-japandesk-in-vinh-phuc.html",
            panels[0].QuerySelector("dd a")!.GetAttribute("href"));
        Assert.Empty(panels[1].QuerySelectorAll(".desk-name"));
    }

    [Theory]
    [InlineData("en", "Vĩnh Phúc Japan Desk", "Vĩnh Phúc Japan Desk (Japanese)")]
    [InlineData("ko", "빈푹성 재팬 데스크", "빈푹성 재팬 데스크 (일본어)")]
    public void Other_languages_list_the_desk_under_the_office_with_its_language(string language, string name,
        string heading)
    {
        var panels = Panels(language, "vinh-phuc");

        var office = Assert.Single(panels);
        var desk = office.QuerySelector(".desk-name")!;
        Assert.Equal(name, desk.QuerySelector("span")!.TextContent);
        Assert.Equal(heading, desk.TextContent);
    }

    [Fact]
    public void A_korean_page_shows_the_korea_desk_first_with_its_telephone_and_e_mail()
    {
        var desk = Panels("ko", "bac-ninh")[0];

        Assert.Equal("코리아 데스크", desk.QuerySelector("h2")!.TextContent);
        Assert.Equal("한국어로 상담하실 수 있는 창구입니다.", desk.QuerySelector("h2 + p")!.TextContent);
        var links = desk.QuerySelectorAll("dd a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("tel:+842220000000", links);
        Assert.Contains("mailto:koreadesk@example.org", links);
        Assert.Equal("테스트 담당자", desk.QuerySelector("dd")!.TextContent);
    }

    [Fact]
    public void A_contact_not_translated_says_its_language()
    {
        // The Korea Desk's contact is not written in Japanese: the Japanese page shows the English one, marked as
        // English.
        var office = Panels("ja", "bac-ninh").Single();

        // Japanese writes the language in full-width brackets, without a space.
        Assert.Equal("韓国デスク（韓国語）", office.QuerySelector(".desk-name")!.TextContent);
        var contact = office.QuerySelectorAll("dd").Single(dd => dd.TextContent == "A test officer");
        Assert.Equal("en", contact.GetAttribute("lang"));
    }
}
