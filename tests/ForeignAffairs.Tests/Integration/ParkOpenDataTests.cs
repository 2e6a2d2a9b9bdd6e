using System.Globalization;
using System.Text.Json.Nodes;
using ForeignAffairs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>/data/parks.json</c> and <c>/data/parks.csv</c> give back what the editors wrote: every value of every park's
/// <c>index.yaml</c> (read here with YamlDotNet, apart from the generator) is in the JSON export, under the same names,
/// and the CSV export has the same values flattened into columns.
/// </summary>
public sealed class ParkOpenDataTests(ParkDirectoryTests.Site site) : IClassFixture<ParkDirectoryTests.Site>
{
    private static readonly string[] Languages = ["en", "ja", "ko"];
    private static readonly string[] Presentation = ["weight", "draft"];

    private JsonArray Parks() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(site.Built.Output, "data/parks.json")))!["parks"]!.AsArray();

    private YamlMappingNode Yaml(string slug)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(site.Root, "content/parks", slug, "index.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public void The_json_export_gives_back_every_value_of_every_park_in_slug_order()
    {
        var parks = Parks();

        Assert.Equal(site.Parks, parks.Select(p => (string)p!["slug"]!));
        foreach (var park in parks)
        {
            var slug = (string)park!["slug"]!;
            foreach (var (key, value) in Yaml(slug).Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                if (Presentation.Contains(name)) continue;
                AssertSame(value, park[name], $"{slug}: {name}");
            }
            Assert.Equal($"https://invest.example.org/ko/parks/{slug}/", (string?)park["url"]!["ko"]);
        }
    }

    [Fact]
    public void Every_park_has_every_key_so_that_a_reader_need_not_check_for_missing_ones()
    {
        var keys = Parks().Select(p => string.Join(',', p!.AsObject().Select(k => k.Key))).Distinct().ToArray();

        var only = Assert.Single(keys);
        Assert.StartsWith("slug,title,summary,kind,province,sectors,developer,area,occupancy,land_rent,"
            + "lease_end_year,distances,tenants,", only);
        var vsip = Parks().Single(p => (string)p!["slug"]! == "vsip-nghe-an")!;
        Assert.Null(vsip["area"]);
        Assert.Empty(vsip["tenants"]!.AsArray());
        Assert.Equal(["en", "ja", "ko"], vsip["title"]!.AsObject().Select(k => k.Key));
    }

    [Fact]
    public void The_csv_export_has_the_values_of_the_json_export_flattened_into_columns()
    {
        var records = Csv.ReadFile(Path.Combine(site.Built.Output, "data/parks.csv"));
        var header = records[0];
        string Cell(string slug, string column) => records.Single(r => r[0] == slug)[Array.IndexOf(header, column)];

        Assert.Equal(1 + site.Parks.Count, records.Count);
        Assert.All(records, r => Assert.Equal(header.Length, r.Length));
        Assert.Equal("289.5", Cell("hoang-mai", "area_total_ha"));
        Assert.Equal("2024", Cell("hoang-mai", "area_year"));
        Assert.Equal("https://example.org/area", Cell("hoang-mai", "area_source_url"));
        Assert.Equal("m2-lease-term", Cell("hoang-mai", "land_rent_unit"));
        Assert.Equal("seaport, テスト港, 20, 30, Test source; airport, 75.5, Test source",
            Cell("hoang-mai", "distances_ja"));
        Assert.Equal("87", Cell("vsip-nghe-an", "occupancy_percent"));
        Assert.Equal("2", Cell("vsip-nghe-an", "occupancy_month"));
        Assert.Equal("삼성전자, 한국, 2008, VCCI News (vccinews.vn, article 17702)", Cell("yen-phong-1", "tenants_ko"));
        Assert.Equal("electronics-high-tech", Cell("da-nang-hi-tech-park", "sectors"));
        Assert.Equal("", Cell("vsip-nghe-an", "area_total_ha"));
        Assert.Equal("https://invest.example.org/ja/parks/kim-hoa/", Cell("kim-hoa", "url_ja"));
    }

    // A YAML value against its JSON export: texts per language (one text for every language, or a map of some), numbers
    // by value, lists item by item and groups field by field.
    private static void AssertSame(YamlNode yaml, JsonNode? json, string where)
    {
        switch (yaml)
        {
            case YamlScalarNode scalar when json is JsonObject perLanguage:
                Assert.All(Languages, l => Assert.Equal(scalar.Value, (string?)perLanguage[l]));
                break;
            case YamlScalarNode scalar when json is JsonValue value && value.TryGetValue<decimal>(out var number):
                Assert.Equal(decimal.Parse(scalar.Value!, CultureInfo.InvariantCulture), number);
                break;
            case YamlScalarNode scalar:
                Assert.True(scalar.Value == (string?)json, $"{where}: {scalar.Value} against {json?.ToJsonString()}");
                break;
            case YamlMappingNode mapping:
                var group = Assert.IsType<JsonObject>(json);
                foreach (var (key, value) in mapping.Children)
                    AssertSame(value, group[((YamlScalarNode)key).Value!], $"{where}.{key}");
                break;
            case YamlSequenceNode sequence:
                var items = Assert.IsType<JsonArray>(json);
                Assert.Equal(sequence.Children.Count, items.Count);
                for (var i = 0; i < items.Count; i++) AssertSame(sequence.Children[i], items[i], $"{where}[{i}]");
                break;
        }
    }
}
