using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ForeignAffairs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Integration;

/// <summary>The open data exports of the projects, <c>/data/projects.json</c> and <c>/data/projects.csv</c>.</summary>
public sealed class OpenDataTests(ThreeLanguageSiteWithMoreContent site)
    : IClassFixture<ThreeLanguageSiteWithMoreContent>
{
    private static readonly string[] Languages = ["en", "ja", "ko"];
    private static readonly string Base = ThreeLanguageSite.BaseUrl.AbsoluteUri;
    private static readonly string[] ProjectKeys =
        [
            "slug", "title", "province", "sectors", "status", "investment_form", "investment_usd_million",
            "investment_vnd_billion", "area_ha", "published", "location", "url", "example", "source", "source_url",
            "decision", "park",
        ];

    private readonly ThreeLanguageSiteWithMoreContent _site = site;
    private readonly BuiltSite _built = site.Built;

    private byte[] Bytes(string path) => File.ReadAllBytes(Path.Combine(_built.Output, path));

    private JsonObject Json() => JsonNode.Parse(Bytes("data/projects.json"))!.AsObject();

    private IReadOnlyList<JsonObject> Projects() => Json()["projects"]!.AsArray().Select(p => p!.AsObject()).ToArray();

    private string[] ProjectSlugs() =>
        Directory.GetDirectories(Path.Combine(_site.Fixture.Root, "content", "projects"))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void The_json_export_has_one_stable_shape()
    {
        var json = Json();
        Assert.Equal(["generated_from", "languages", "projects"], json.Select(p => p.Key));
        Assert.Equal(Base, json["generated_from"]!.GetValue<string>());
        Assert.Equal(Languages, json["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(ProjectSlugs(), Projects().Select(p => p["slug"]!.GetValue<string>()));
        Assert.Equal(3, ProjectSlugs().Length);
        Assert.All(Projects(), project =>
        {
            Assert.Equal(ProjectKeys, project.Select(p => p.Key));
            foreach (var perLanguage in new[] { "title", "location", "url" })
                Assert.Equal(Languages, project[perLanguage]!.AsObject().Select(p => p.Key));
        });
    }

    [Fact]
    public void The_json_export_gives_every_projects_facts_as_written_in_index_yaml()
    {
        foreach (var project in Projects())
        {
            var slug = project["slug"]!.GetValue<string>();
            var yaml = IndexYaml(slug);

            foreach (var language in Languages)
            {
                Assert.Equal(Text(yaml, "title", language), project["title"]![language]?.GetValue<string>());
                Assert.Equal(Text(yaml, "location", language), project["location"]![language]?.GetValue<string>());
                var url = project["url"]![language]!.GetValue<string>();
                Assert.Equal($"{Base}{language}/projects/{slug}/", url);
                Assert.True(_built.Has(BuiltSite.FileFor(url, ThreeLanguageSite.BaseUrl)!), $"{url} leads to no page");
            }
            // Every project has a title in the default language, so reusers always have one to show.
            Assert.NotNull(project["title"]!["en"]);

            Assert.Equal(Scalar(yaml, "province"), project["province"]!.GetValue<string>());
            Assert.Equal(List(yaml, "sectors"), project["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
            Assert.Equal(Scalar(yaml, "status"), project["status"]!.GetValue<string>());
            Assert.Equal(Scalar(yaml, "investment_form"), project["investment_form"]?.GetValue<string>());
            Assert.Equal(Scalar(yaml, "published"), project["published"]!.GetValue<string>());
            foreach (var number in new[] { "investment_usd_million", "investment_vnd_billion", "area_ha" })
            {
                // Numbers are JSON numbers written as in index.yaml (2220, 12.5, 0.75), or null.
                var value = project[number];
                if (Scalar(yaml, number) is { } written)
                {
                    Assert.Equal(System.Text.Json.JsonValueKind.Number, value!.GetValueKind());
                    Assert.Equal(written, value.ToJsonString());
                    Assert.Equal(decimal.Parse(written, CultureInfo.InvariantCulture), value.GetValue<decimal>());
                }
                else Assert.Null(value);
            }
        }
    }

    [Fact]
    public void The_json_export_holds_the_values_the_fixture_gives()
    {
        var pier = Projects().Single(p => p["slug"]!.GetValue<string>() == "lien-chieu-pier");
        Assert.Equal("Liên Chiểu \"Pier\", phase 2", pier["title"]!["en"]!.GetValue<string>());
        Assert.Null(pier["title"]!["ko"]);
        Assert.Equal(["logistics", "electronics"], pier["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("12.5", pier["investment_usd_million"]!.ToJsonString());
        var park = Projects().Single(p => p["slug"]!.GetValue<string>() == "yen-phong-park");
        Assert.Equal("<script>alert(1)</script> 옌퐁", park["title"]!["ko"]!.GetValue<string>());
        Assert.Equal("2220", park["investment_usd_million"]!.ToJsonString());
        Assert.Null(park["investment_form"]);
        Assert.All(Languages, l => Assert.Null(park["location"]![l]));
        var plot = Projects().Single(p => p["slug"]!.GetValue<string>() == "an-old-plot");
        Assert.All(Languages, l => Assert.Equal("Plot 7", plot["title"]![l]!.GetValue<string>()));
    }

    [Fact]
    public void The_json_file_is_utf8_without_byte_order_mark_with_readable_cjk_and_unix_line_ends()
    {
        var bytes = Bytes("data/projects.json");
        Assert.NotEqual(0xEF, bytes[0]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.Contains("\"ja\": \"リエンチエウ港, 第2期\"", text);
        Assert.DoesNotContain("\\u30", text);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void The_csv_export_starts_with_a_byte_order_mark_and_ends_every_record_with_crlf()
    {
        var bytes = Bytes("data/projects.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var records = Csv.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(1 + ProjectSlugs().Length, records.Count);
        Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
    }

    [Fact]
    public void The_csv_export_has_a_header_and_one_row_per_project_with_the_values_of_the_json_export()
    {
        var records = Csv.Read(Encoding.UTF8.GetString(Bytes("data/projects.csv")[3..]));
        string[] header =
        [
            "slug", "title_en", "title_ja", "title_ko", "province", "sectors", "status", "investment_form",
            "investment_usd_million", "investment_vnd_billion", "area_ha", "published", "location_en", "location_ja",
            "location_ko", "url_en", "url_ja", "url_ko", "example", "source", "source_url", "decision_en",
            "decision_ja", "decision_ko", "park",
        ];
        Assert.Equal(header, records[0]);

        var projects = Projects();
        Assert.Equal(projects.Count, records.Count - 1);
        for (var i = 0; i < projects.Count; i++)
        {
            var row = header.Zip(records[i + 1]).ToDictionary(p => p.First, p => p.Second);
            var project = projects[i];
            string Value(JsonNode? node) =>
                node is null ? ""
                : node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>()
                : node.ToJsonString();

            Assert.Equal(Value(project["slug"]), row["slug"]);
            foreach (var language in Languages)
            {
                Assert.Equal(Value(project["title"]![language]), row[$"title_{language}"]);
                Assert.Equal(Value(project["location"]![language]), row[$"location_{language}"]);
                Assert.Equal(Value(project["url"]![language]), row[$"url_{language}"]);
            }
            Assert.Equal(string.Join(';', project["sectors"]!.AsArray().Select(Value)), row["sectors"]);
            string[] fields =
                ["province", "status", "investment_form", "investment_usd_million", "investment_vnd_billion",
                    "area_ha", "published", "park"];
            foreach (var field in fields)
                Assert.Equal(Value(project[field]), row[field]);
        }
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_and_line_breaks_are_quoted()
    {
        var text = Encoding.UTF8.GetString(Bytes("data/projects.csv")[3..]);
        Assert.Contains(
            ",\"Liên Chiểu \"\"Pier\"\", phase 2\",\"リエンチエウ港, 第2期\",,da-nang,logistics;electronics,negotiating,ppp,"
            + "12.5,,0.75,2025-01-31,", text);
        Assert.Contains(",\"Liên Chiểu, north of the bay\nsecond line\",リエンチエウ区,리엔찌에우,", text);
        Assert.Contains("\r\nan-old-plot,Plot 7,Plot 7,Plot 7,bac-ninh,electronics,closed,,,,,2019-12-01,,,,https://",
            text);
    }

    [Fact]
    public void Csv_texts_a_spreadsheet_would_run_as_formulas_start_with_a_single_quote()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/projects/yen-phong-park/index.yaml",
            "title: {en: \"=HYPERLINK(\\\"https://evil.example\\\", \\\"Yên Phong\\\")\", " +
            "ja: \"@SUM(1+1)\", ko: \"-2+3\"}\n" +
            "province: bac-ninh\nsectors: [electronics]\nstatus: open\ninvestment_usd_million: 2220\narea_ha: 0.5\n" +
            "published: 2026-11-24\nlocation: {en: \"+cmd|' /C calc'!A0\", ja: \"\\tindented\", ko: 옌퐁 공단}\n");

        var built = fixture.BuildSuccessfully();

        var records = Csv.ReadFile(Path.Combine(built.Output, "data/projects.csv"));
        var row = records[0].Zip(records.Single(r => r[0] == "yen-phong-park"))
            .ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("'=HYPERLINK(\"https://evil.example\", \"Yên Phong\")", row["title_en"]);
        Assert.Equal("'@SUM(1+1)", row["title_ja"]);
        Assert.Equal("'-2+3", row["title_ko"]);
        Assert.Equal("'+cmd|' /C calc'!A0", row["location_en"]);
        Assert.Equal("'\tindented", row["location_ja"]);
        Assert.Equal("옌퐁 공단", row["location_ko"]);
        // Numbers are numbers: their columns are left as they are.
        Assert.Equal(("2220", "0.5"), (row["investment_usd_million"], row["area_ha"]));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    public void The_documents_do_not_depend_on_the_culture_of_the_machine(string culture)
    {
        var output = Path.Combine(Path.GetTempPath(), "fa-tests", $"culture-{Guid.NewGuid():N}");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var other = _site.Fixture.BuildSuccessfully(output);
            var documents = new[] { "data/projects.json", "data/projects.csv", "en/news/feed.xml", "ja/news/feed.xml",
                "sitemap.xml", "robots.txt" };
            foreach (var document in documents)
                Assert.True(
                    Bytes(document).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other.Output, document))),
                    $"{document} differs under {culture}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private YamlMappingNode IndexYaml(string slug)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(
            Path.Combine(_site.Fixture.Root, "content", "projects", slug, "index.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode? Field(YamlMappingNode mapping, string name) =>
        mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode mapping, string name) =>
        (Field(mapping, name) as YamlScalarNode)?.Value;

    private static IEnumerable<string> List(YamlMappingNode mapping, string name) => Field(mapping, name) switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(c => ((YamlScalarNode)c).Value!),
        YamlScalarNode scalar => [scalar.Value!],
        _ => [],
    };

    // A text is one scalar for every language or a map of language to text; a language the map leaves out has no text.
    private static string? Text(YamlMappingNode mapping, string name, string language) => Field(mapping, name) switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlMappingNode map => map.Children.TryGetValue(new YamlScalarNode(language), out var text)
            ? ((YamlScalarNode)text).Value : null,
        _ => null,
    };
}
