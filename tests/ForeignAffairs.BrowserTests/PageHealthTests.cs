using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// One page of every page type in every language, plus the root pages: what the health, accessibility and validity
/// tests check.
/// </summary>
public static class RepresentativePages
{
    public static readonly string[] Languages = ["en", "ja", "ko"];

    // One existing entry of each collection (content/<collection>/<slug>/) and its list; pages are served at the
    // language's root and have no list.
    private static readonly (string? List, string Entry)[] Collections =
    [
        ("provinces/", "provinces/bac-ninh/"),
        ("sectors/", "sectors/logistics/"),
        ("projects/", "projects/da-nang-software-park-expansion/"),
        ("parks/", "parks/vsip-nghe-an/"),
        ("procedures/", "procedures/enterprise-registration-certificate/"),
        ("events/", "events/example-investment-seminar-tokyo-2027/"),
        ("stories/", "stories/daiwa-da-nang/"),
        ("ftas/", "ftas/evfta/"),
        ("news/", "news/bac-ninh-economic-diplomacy-2023/"),
        (null, "about/"),
    ];

    /// <summary>Addresses relative to the site's root, starting with '/'.</summary>
    public static IReadOnlyList<string> All { get; } = Build();

    public static TheoryData<string> Theory
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var page in All) data.Add(page);
            return data;
        }
    }

    private static string[] Build()
    {
        var pages = new List<string> { "/", "/404.html" };
        foreach (var language in Languages)
        {
            pages.Add($"/{language}/");
            foreach (var (list, entry) in Collections)
            {
                if (list is not null) pages.Add($"/{language}/{list}");
                pages.Add($"/{language}/{entry}");
            }
            pages.Add($"/{language}/projects/sector/logistics/");
            pages.Add($"/{language}/parks/compare/");
            pages.Add($"/{language}/parks/kind/economic-zone/");
            pages.Add($"/{language}/search/");
            pages.Add($"/{language}/404.html");
        }
        return pages.ToArray();
    }
}

/// <summary>Every kind of page loads without a console error and without asking any host but the site's own.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PageHealthTests(BrowserSite site)
{
    public static TheoryData<string> Pages => RepresentativePages.Theory;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_loads_without_console_errors_or_requests_to_other_hosts(string address)
    {
        var visit = await site.VisitAsync(address);
        Assert.Equal(200, visit.Status);
        Assert.Equal(address, visit.Path);
        Assert.True(visit.Errors.Count == 0,
            $"{address} logged errors:{Environment.NewLine}{string.Join(Environment.NewLine, visit.Errors)}");
        Assert.True(visit.ForeignRequests.Count == 0, $"{address} requested other hosts:{Environment.NewLine}" +
            string.Join(Environment.NewLine, visit.ForeignRequests));
    }

    [Fact]
    public async Task The_language_switcher_keeps_the_reader_on_the_same_entry()
    {
        await using var reader = await site.NewReaderAsync("en-GB");
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/en/provinces/bac-ninh/");
        await page.Locator(".lang-switch").GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await page.WaitForURLAsync("**/ja/provinces/bac-ninh/");
        Assert.Equal("/ja/provinces/bac-ninh/", new Uri(page.Url).AbsolutePath);
        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
