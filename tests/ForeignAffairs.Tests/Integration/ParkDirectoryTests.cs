using System.Text.Json.Nodes;
using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The parks collection of the sample site: a directory per language with a table of parks per province, a page per
/// park with its key figures (each with its year and source, or "not published"), the parks on their province's and
/// sectors' pages, and the projects that name their park. One park of the copy is given every figure the schema has,
/// with values marked as test values, so that each is seen written in each language.
/// </summary>
public sealed class ParkDirectoryTests(ParkDirectoryTests.Site site) : IClassFixture<ParkDirectoryTests.Site>
{
    private static readonly string[] Languages = ["en", "ja", "ko"];

    /// <summary>The sample site with one park given every figure, built once for the tests of this class.</summary>
    public sealed class Site : IDisposable
    {
        private readonly SampleCopy _sample = new(search: false);

        public Site()
        {
            // First of all parks, so that its investor's country, written once for every language, comes before the
            // Korean investor's country written in each language.
            _sample.Edit("content/parks/hoang-mai/index.yaml", "weight: 40", "weight: 1");
            File.AppendAllText(_sample.PathOf("content/parks/hoang-mai/index.yaml"), """
                developer:
                  name: {en: Test developer, ja: テスト開発, ko: 테스트 개발}
                  country: {en: Japan, ja: 日本, ko: 일본}
                area:
                  total_ha: 289.5
                  available_ha: 40
                  year: 2024
                  source: Test source for the area
                  source_url: https://example.org/area
                land_rent:
                  amount: 45
                  currency: usd
                  unit: m2-lease-term
                  year: 2025
                  source: Test source for the rent
                lease_end_year: 2058
                distances:
                  - {to: seaport, place: {en: Test port, ja: テスト港, ko: 테스트항}, km: 20, minutes: 30, source: Test source}
                  - {to: airport, place: {en: Test airport}, km: 75.5, source: Test source}
                utilities:
                  power: {en: Test substation}
                  year: 2024
                  source: Test source for utilities
                office:
                  name: {en: Test park office}
                  email: parks@example.org
                tenants:
                  - {name: {en: Test tenant}, country: Korea, source: Test source}
                  - {name: {en: Second test tenant}, country: {ja: 中国}, source: Test source}

                """);
            var output = _sample.PathOf("output");
            var result = SiteBuilder.Build(new BuildOptions(_sample.Root, output));
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Built = new BuiltSite(output, result);
            Parks = Directory.GetDirectories(_sample.PathOf("content/parks"))
                .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        }

        public BuiltSite Built { get; }

        /// <summary>The site folder, with the park given every figure.</summary>
        public string Root => _sample.Root;

        /// <summary>The slug of every park of the sample.</summary>
        public IReadOnlyList<string> Parks { get; }

        public void Dispose() => _sample.Dispose();
    }

    private IDocument Page(string path) => site.Built.Page(path);

    private static string Slug(IElement link) => link.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void The_directory_lists_every_park_once_under_its_province(string language)
    {
        var page = Page($"{language}/parks/index.html");

        var sections = page.QuerySelectorAll("main section.section-block")
            .Where(s => s.QuerySelector("table") is not null).ToArray();
        var listed = sections.SelectMany(s => s.QuerySelectorAll("tbody th a").Select(Slug)).ToArray();
        Assert.Equal(site.Parks, listed.Order(StringComparer.Ordinal));
        var bacNinh = sections.Single(s => s.QuerySelector("h2 a")!.GetAttribute("href")!
            .EndsWith("/provinces/bac-ninh/", StringComparison.Ordinal));
        Assert.Contains("yen-phong-1", bacNinh.QuerySelectorAll("tbody th a").Select(Slug));
        Assert.DoesNotContain("vsip-nghe-an", bacNinh.QuerySelectorAll("tbody th a").Select(Slug));
        Assert.Contains(page.QuerySelectorAll("nav.main-nav a"),
            a => a.GetAttribute("href")!.EndsWith($"/{language}/parks/", StringComparison.Ordinal));
        Assert.Equal(["/data/parks.json", "/data/parks.csv"],
            page.QuerySelectorAll("#ui-open-data ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("en", "Land available, at least (ha)", "US$ per m² for the lease term")]
    [InlineData("ja", "分譲可能面積（ha以上）", "米ドル/m²（リース期間一括）")]
    [InlineData("ko", "분양 가능 면적(ha 이상)", "달러/m²(임대 기간 일괄)")]
    public void The_directory_filters_by_land_on_the_bases_the_parks_publish(
        string language, string areaLabel, string basis)
    {
        var page = Page($"{language}/parks/index.html");

        // The form needs its script: without JavaScript it is not shown.
        var form = page.QuerySelector("form[data-park-filter]")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal(areaLabel, form.QuerySelector("label[for=ui-park-min-area]")!.TextContent);
        var option = Assert.Single(form.QuerySelectorAll("select[name=rent_basis] option"));
        Assert.Equal("usd m2-lease-term", option.GetAttribute("value"));
        Assert.Equal(basis, option.TextContent);
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == "/assets/directory.js");

        // Each row carries what the filter compares; the park that publishes its figures, with them.
        var rows = page.QuerySelectorAll("tr[data-park]");
        Assert.Equal(site.Parks.Count, rows.Length);
        var figured = rows.Single(r => Slug(r.QuerySelector("th a")!) == "hoang-mai");
        Assert.Equal(("40", "45", "usd m2-lease-term"),
            (figured.GetAttribute("data-available"), figured.GetAttribute("data-rent"),
                figured.GetAttribute("data-rent-basis")));
        Assert.All(rows.Where(r => r != figured),
            r => Assert.False(r.HasAttribute("data-available") || r.HasAttribute("data-rent")));

        // A view of the directory is short: it has no land filter.
        var view = Page($"{language}/parks/kind/economic-zone/index.html");
        Assert.Null(view.QuerySelector("form[data-park-filter]"));
        Assert.Empty(view.QuerySelectorAll("tr[data-park]"));
    }

    [Theory]
    [InlineData("en", "kind/economic-zone", "Economic zone",
        "cau-treo-border-gate-economic-zone chu-lai-open-economic-zone southeast-nghe-an-economic-zone "
        + "vung-ang-economic-zone")]
    [InlineData("ja", "country/korea", "韓国", "hoang-mai yen-phong-1")]
    [InlineData("ko", "country/taiwan", "대만", "vung-ang-economic-zone")]
    [InlineData("ko", "province/ha-tinh", "하띤성", "cau-treo-border-gate-economic-zone vung-ang-economic-zone")]
    [InlineData("en", "sector/it-software", "IT and software", "da-nang-it-park")]
    public void Each_view_of_the_directory_lists_the_parks_it_selects_and_is_linked_from_every_other(
        string language, string view, string label, string parks)
    {
        var page = Page($"{language}/parks/{view}/index.html");

        Assert.Equal(parks.Split(' '),
            page.QuerySelectorAll("#ui-directory-results ~ div tbody th a").Select(Slug).Order(StringComparer.Ordinal));
        var current = page.QuerySelector("nav.explorer-browse a[aria-current=page]")!;
        Assert.Equal($"/{language}/parks/{view}/", current.GetAttribute("href"));
        Assert.StartsWith(label, current.TextContent);
        Assert.StartsWith(label, page.QuerySelector("h1")!.TextContent);
        var links = Page($"{language}/parks/index.html").QuerySelectorAll("nav.explorer-browse a")
            .Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains($"/{language}/parks/{view}/", links);
        // A country without a Latin name in the default language has no view.
        Assert.Equal(["japan", "korea", "taiwan"],
            Page($"{language}/parks/index.html").QuerySelectorAll("#ui-park-facet-country ~ ul a")
                .Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]));
        // A value no park has gets no page.
        Assert.False(site.Built.Has($"{language}/parks/sector/renewable-energy/index.html"));
        Assert.DoesNotContain($"/{language}/parks/sector/renewable-energy/", links);
    }

    [Theory]
    [InlineData("en", "87%", "As of: February 2023", "Not published")]
    [InlineData("ja", "87%", "基準時点：2023年2月", "未公表")]
    [InlineData("ko", "87%", "기준 시점: 2023년 2월", "미공개")]
    public void A_park_shows_each_key_figure_with_its_date_and_source_or_that_it_is_not_published(
        string language, string occupancy, string asOf, string notPublished)
    {
        var facts = Facts(Page($"{language}/parks/vsip-nghe-an/index.html"));

        Assert.Equal(occupancy, facts[2].QuerySelector(".fact-value")!.TextContent);
        var source = facts[2].QuerySelector(".fact-source")!;
        Assert.StartsWith(asOf, source.TextContent);
        Assert.Contains("Báo Nghệ An (baonghean.vn, article 10250772)", source.TextContent);
        foreach (var missing in new[] { facts[0], facts[1], facts[3] })
        {
            Assert.Equal(notPublished, missing.QuerySelector(".fact-value")!.TextContent);
            Assert.Null(missing.QuerySelector(".fact-source"));
        }
    }

    [Theory]
    [InlineData("en", "289.5 ha", "40 ha", "US$45 per m² for the lease term",
        "Seaport: Test port|20 km|30 min|Test source")]
    [InlineData("ja", "289.5ha", "40ha", "45米ドル/m²（リース期間一括）", "港湾：テスト港|20km|30分|Test source")]
    [InlineData("ko", "289.5ha", "40ha", "45 달러/m²(임대 기간 일괄)", "항만: 테스트항|20km|30분|Test source")]
    public void Every_figure_a_park_gives_is_written_in_the_readers_language(
        string language, string total, string available, string rent, string seaport)
    {
        var page = Page($"{language}/parks/hoang-mai/index.html");
        var facts = Facts(page);

        Assert.Equal([total, available, rent],
            new[] { facts[0], facts[1], facts[3] }.Select(f => f.QuerySelector(".fact-value")!.TextContent));
        Assert.Equal("https://example.org/area", facts[0].QuerySelector(".fact-source a")!.GetAttribute("href"));
        Assert.Contains("2025", facts[3].QuerySelector(".fact-source")!.TextContent);
        var distances = page.QuerySelectorAll("section[aria-labelledby=ui-park-distances] tbody tr")
            .Select(r => string.Join('|', r.Children.Select(c => c.TextContent.Trim()))).ToArray();
        Assert.Equal(seaport, distances[0]);
        Assert.Equal(2, distances.Length);
        var glance = page.QuerySelectorAll("section[aria-labelledby=ui-glance-heading] dd")
            .Select(d => d.TextContent).ToArray();
        Assert.Contains("2058", glance);
        Assert.NotNull(page.QuerySelector("section.panel-office a[href='mailto:parks@example.org']"));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=ui-park-utilities]"));
    }

    [Fact]
    public void A_text_shown_in_another_language_than_the_page_says_which()
    {
        var page = Page("ja/parks/hoang-mai/index.html");

        var places = page.QuerySelectorAll("section[aria-labelledby=ui-park-distances] tbody th span").ToArray();
        Assert.Equal([("テスト港", null), ("Test airport", "en")],
            places.Select(s => (s.TextContent, s.GetAttribute("lang"))));
        var power = page.QuerySelectorAll("section[aria-labelledby=ui-park-utilities] dd").First();
        Assert.Equal(("Test substation", "en"), (power.TextContent, power.GetAttribute("lang")));
        Assert.Null(page.QuerySelector("section[aria-labelledby=ui-glance-heading] dd span[lang]"));
    }

    [Fact]
    public void A_park_names_its_investors_with_their_country_year_and_source()
    {
        var rows = Page("ko/parks/yen-phong-1/index.html")
            .QuerySelectorAll("section[aria-labelledby=ui-park-tenants] tbody tr")
            .Select(r => string.Join('|', r.Children.Select(c => c.TextContent.Trim())));

        Assert.Equal(["삼성전자|한국|2008|VCCI News (vccinews.vn, article 17702)"], rows);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void A_province_lists_its_parks_linked_to_their_pages(string language)
    {
        var section = Page($"{language}/provinces/ha-tinh/index.html")
            .QuerySelector("section[aria-labelledby=ui-parks-heading]")!;

        Assert.Equal(["cau-treo-border-gate-economic-zone", "vung-ang-economic-zone"],
            section.QuerySelectorAll("tbody th a").Select(Slug).Order(StringComparer.Ordinal));
        Assert.Null(section.QuerySelector(".park-list"));
    }

    [Fact]
    public void A_sector_lists_the_parks_meant_for_it()
    {
        var parks = Page("ja/sectors/it-software/index.html")
            .QuerySelectorAll("section[aria-labelledby=ui-sector-parks] tbody th a");

        Assert.Equal(["da-nang-it-park"], parks.Select(Slug));
        Assert.Equal("ダナンITパーク", parks[0].TextContent);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void A_project_in_a_park_links_to_it_and_the_park_lists_the_project(string language)
    {
        var project = Page($"{language}/projects/ha-tinh-vung-ang-logistics-centre/index.html");
        Assert.Contains(project.QuerySelectorAll("dl.detail-grid dd a"), a => a.GetAttribute("href")!
            .EndsWith($"/{language}/parks/vung-ang-economic-zone/", StringComparison.Ordinal));

        var park = Page($"{language}/parks/vung-ang-economic-zone/index.html");
        var listed = park.QuerySelectorAll("#ui-park-projects ~ div tbody th a").Select(Slug);
        Assert.Equal(["ha-tinh-vung-ang-logistics-centre"], listed);
    }

    [Fact]
    public void A_park_page_describes_the_park_as_a_place_in_its_province_for_search_engines()
    {
        var place = Page("en/parks/vung-ang-economic-zone/index.html")
            .QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonNode.Parse(s.TextContent)!).Single(j => (string?)j["@type"] == "Place");

        Assert.Equal("Vũng Áng Economic Zone", (string?)place["name"]);
        Assert.Equal("Hà Tĩnh", (string?)place["containedInPlace"]!["name"]);
        Assert.Equal("https://invest.example.org/en/provinces/ha-tinh/", (string?)place["containedInPlace"]!["url"]);
    }

    [Theory]
    [InlineData("en", "289.5 ha (2024)", "US$45 per m² for the lease term (2025)", "87% (February 2023)")]
    [InlineData("ja", "289.5ha (2024)", "45米ドル/m²（リース期間一括） (2025)", "87% (2023年2月)")]
    [InlineData("ko", "289.5ha (2024)", "45 달러/m²(임대 기간 일괄) (2025)", "87% (2023년 2월)")]
    public void The_comparison_puts_every_parks_figures_side_by_side_with_their_years(
        string language, string area, string rent, string occupancy)
    {
        var page = Page($"{language}/parks/compare/index.html");
        var rows = page.QuerySelectorAll("tr[data-park]").ToDictionary(r => r.GetAttribute("data-park")!,
            r => r.Children.Select(c => c.TextContent.Trim()).ToArray());

        Assert.Equal(site.Parks, rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(area, rows["hoang-mai"][3]);
        Assert.Equal(rent, rows["hoang-mai"][6]);
        Assert.Equal("2058", rows["hoang-mai"][7]);
        Assert.Equal(occupancy, rows["vsip-nghe-an"][5]);
        Assert.Equal(rows["vsip-nghe-an"][3], rows["vsip-nghe-an"][4]);
        Assert.Equal(site.Parks, page.QuerySelectorAll("form[data-compare-form] input[name=parks]")
            .Select(i => i.GetAttribute("value")!).Order(StringComparer.Ordinal));
        Assert.True(page.QuerySelector("form[data-compare-form]")!.HasAttribute("hidden"));
        var directory = Page($"{language}/parks/index.html").QuerySelector(".compare-link a")!;
        Assert.Equal($"/{language}/parks/compare/", directory.GetAttribute("href"));
    }

    // The four key figures of a park's page, in order: total area, land available, occupancy, land rent.
    private static IElement[] Facts(IDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby=ui-park-facts] .fact").ToArray();
}
