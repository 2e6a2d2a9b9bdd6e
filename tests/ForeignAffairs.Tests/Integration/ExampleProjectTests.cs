using System.Text.Json.Nodes;
using AngleSharp.Dom;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample's invented projects are labelled as examples wherever a reader meets them, and its real listings name
/// their source, so that no reader takes an invented figure for a province's own.
/// </summary>
public sealed class ExampleProjectTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["en"] = "Example listing",
        ["ja"] = "掲載例（架空の案件）",
        ["ko"] = "예시 프로젝트(가상)",
    };

    private readonly SampleSite _sample = sample;

    private static string Yaml(string slug) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "projects", slug, "index.yaml"));

    private static bool IsExample(string slug) => Yaml(slug).Split('\n').Any(l => l.TrimEnd() == "example: true");

    private static string[] Examples() => SampleSite.EntryFolders("projects").Where(IsExample).ToArray();

    private static string[] RealListings() => SampleSite.EntryFolders("projects").Where(s => !IsExample(s)).ToArray();

    [Fact]
    public void The_sample_has_real_listings_and_labelled_examples()
    {
        Assert.True(RealListings().Length >= 4,
            "the sample should show at least four real listings taken from a public source");
        Assert.NotEmpty(Examples());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Every_example_project_page_says_it_is_an_example(string language)
    {
        foreach (var slug in Examples())
        {
            var page = _sample.Built.Page($"{language}/projects/{slug}/index.html");
            var label = page.QuerySelector("main .notice-example [data-example-label]");
            Assert.True(label is not null, $"{language}/projects/{slug}/ has no example label");
            Assert.Equal(Labels[language], label.TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Every_card_and_row_of_an_example_carries_the_label_and_no_real_listing_does(string language)
    {
        var examples = Examples().ToHashSet();
        var seen = new HashSet<string>();
        foreach (var path in _sample.Built.Pages.Where(p => p.StartsWith($"{language}/", StringComparison.Ordinal)))
        {
            var page = _sample.Built.Page(path);
            foreach (var item in page.QuerySelectorAll("li.card-project, table.data-table tbody tr"))
            {
                if (ProjectOf(item) is not { } slug) continue;
                var labelled = item.QuerySelector("[data-example-label]") is { } label
                    && label.TextContent.Trim() == Labels[language];
                Assert.True(labelled == examples.Contains(slug),
                    $"{path}: the listing of {slug} is {(labelled ? "" : "not ")}labelled");
                seen.Add(slug);
            }
        }
        Assert.Superset(examples, seen);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void A_real_listing_shows_its_source_and_legal_basis(string language)
    {
        foreach (var slug in RealListings())
        {
            var page = _sample.Built.Page($"{language}/projects/{slug}/index.html");
            Assert.Null(page.QuerySelector("main .notice-example"));
            var terms = page.QuerySelectorAll(".detail-grid dt").Select(dt => dt.TextContent.Trim()).ToArray();
            Assert.Equal(2, terms.Intersect(FieldLabels(language)).Count());
            Assert.NotNull(page.QuerySelector(".detail-grid a[href^='https://']"));
        }
    }

    [Fact]
    public void The_open_data_marks_examples_and_keeps_amounts_in_dong_as_written()
    {
        var json = File.ReadAllText(Path.Combine(_sample.Output, "data/projects.json"));
        var projects = JsonNode.Parse(json)!["projects"]!.AsArray();
        foreach (var project in projects)
        {
            var slug = project!["slug"]!.GetValue<string>();
            Assert.Equal(IsExample(slug), project["example"]!.GetValue<bool>());
            if (!IsExample(slug)) Assert.NotNull(project["source_url"]?.GetValue<string>());
        }
        var minhPhuong = projects
            .Single(p => p!["slug"]!.GetValue<string>() == "vinh-phuc-minh-phuong-industrial-cluster")!;
        Assert.Equal("210.0", minhPhuong["investment_vnd_billion"]!.ToJsonString());
        Assert.Null(minhPhuong["investment_usd_million"]);
    }

    [Theory]
    [InlineData("en", "VND 210 billion")]
    [InlineData("ja", "2,100億ドン")]
    [InlineData("ko", "2,100억 동")]
    public void An_amount_in_dong_is_shown_in_each_language_s_way(string language, string expected)
    {
        var page = _sample.Built.Page($"{language}/projects/vinh-phuc-minh-phuong-industrial-cluster/index.html");

        Assert.Contains(expected, page.QuerySelectorAll(".detail-grid dd.figure").Select(dd => dd.TextContent.Trim()));
    }

    [Fact]
    public void The_explorer_can_hide_the_examples()
    {
        var page = _sample.Built.Page("en/projects/index.html");

        Assert.NotNull(page.QuerySelector("form[data-explorer-form] input[type=checkbox][name=examples][value=hide]"));
        var rows = page.QuerySelectorAll("tr[data-project]");
        Assert.Equal(Examples().Length, rows.Count(r => r.HasAttribute("data-example")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Readers_without_JavaScript_have_a_page_of_the_real_listings_alone(string language)
    {
        var path = $"{language}/projects/listing/real/index.html";
        var page = _sample.Built.Page(path);

        var listed = page.QuerySelectorAll("table.data-table tbody tr")
            .Select(ProjectOf).OfType<string>().Order(StringComparer.Ordinal);
        Assert.Equal(RealListings().Order(StringComparer.Ordinal), listed);
        Assert.Empty(page.QuerySelectorAll("main [data-example-label], main tr[data-example]"));
        Assert.Equal(["en", "ja", "ko", "x-default"],
            _sample.Built.Alternates(path).Keys.Order(StringComparer.Ordinal));
        Assert.Equal("page", page.QuerySelector("a[data-real-listings]")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Every_page_of_the_explorer_links_to_the_real_listings(string language)
    {
        // The list of projects and its pages per sector, province, status and listing:
        // en/projects/sector/logistics/index.html.
        var explorerPages = _sample.Built.Pages
            .Where(p => p.StartsWith($"{language}/projects/", StringComparison.Ordinal)
                && (p == $"{language}/projects/index.html" || p.Split('/').Length == 5)).ToArray();
        Assert.True(explorerPages.Length > 10, string.Join(", ", explorerPages));

        foreach (var path in explorerPages)
        {
            var links = _sample.Built.Page(path).QuerySelectorAll("nav.explorer-browse a[data-real-listings]");
            var link = Assert.Single(links);
            Assert.Equal($"{language}/projects/listing/real/index.html",
                BuiltSite.FileFor(link.GetAttribute("href")!, _sample.BaseUrl));
            Assert.Contains($"({RealListings().Length})", link.TextContent, StringComparison.Ordinal);
        }
    }

    private static string[] FieldLabels(string language) => language switch
    {
        "en" => ["Source", "Legal basis"],
        "ja" => ["出典", "根拠となる決定"],
        _ => ["출처", "근거 결정"],
    };

    // The slug of the project an item links to first, if it lists a project.
    private static string? ProjectOf(IElement item)
    {
        var href = item.QuerySelector("a[href*='/projects/']")?.GetAttribute("href");
        if (href is null) return null;
        var parts = href.TrimEnd('/').Split('/');
        var at = Array.LastIndexOf(parts, "projects");
        return at >= 0 && at == parts.Length - 2 ? parts[^1] : null;
    }
}
