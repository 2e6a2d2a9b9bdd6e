using System.Text.Json;
using AngleSharp.Html.Parser;
using ForeignAffairs.Rendering;
using Scriban.Runtime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// Structured data is written from whatever a template built: Scriban's lists that are not arrays (a range from
/// array.limit, a list from array.sort) as arrays, maps as objects, and the rarer values as the serializer wrote them.
/// </summary>
public sealed class JsonLdTests
{
    [Fact]
    public void Lists_maps_and_rare_values_are_written_as_json_values()
    {
        var data = new ScriptObject(StringComparer.Ordinal)
        {
            ["range"] = new ScriptRange(new object[] { "a", "b" }),
            ["list"] = new List<object> { 1, "two" },
            ["map"] = new Dictionary<string, object?> { ["k"] = 2.5f },
            ["day"] = new DateOnly(2026, 12, 1),
            ["time"] = new DateTimeOffset(2027, 3, 10, 14, 0, 0, TimeSpan.FromHours(9)),
            ["option"] = DayOfWeek.Tuesday,
            ["big"] = System.Numerics.BigInteger.Parse("123456789012345678901234567890",
                System.Globalization.CultureInfo.InvariantCulture),
        };

        var json = Parsed(new JsonLd().Element(data));

        Assert.Equal(["a", "b"], json.GetProperty("range").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, json.GetProperty("list")[0].GetInt32());
        Assert.Equal("two", json.GetProperty("list")[1].GetString());
        Assert.Equal(2.5, json.GetProperty("map").GetProperty("k").GetDouble());
        Assert.Equal("2026-12-01", json.GetProperty("day").GetString());
        Assert.Equal("2027-03-10T14:00:00+09:00", json.GetProperty("time").GetString());
        Assert.Equal(2, json.GetProperty("option").GetInt32());
        Assert.Equal("123456789012345678901234567890", json.GetProperty("big").GetRawText());
    }

    [Fact]
    public void A_list_that_holds_itself_is_written_once()
    {
        var list = new List<object?>();
        list.Add(list);

        var json = Parsed(new JsonLd().Element(new ScriptObject(StringComparer.Ordinal) { ["list"] = list }));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("list")[0].ValueKind);
    }

    [Fact]
    public void One_writer_writes_each_element_on_its_own()
    {
        var writer = new JsonLd();
        var longer = new ScriptObject(StringComparer.Ordinal) { ["name"] = "バクニン省投資促進センター", ["extra"] = 1 };
        var shorter = new ScriptObject(StringComparer.Ordinal) { ["name"] = "Bắc Ninh" };

        var first = Parsed(writer.Element(longer));
        var second = Parsed(writer.Element(shorter));

        Assert.Equal("バクニン省投資促進センター", first.GetProperty("name").GetString());
        Assert.Equal(["name"], second.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Bắc Ninh", second.GetProperty("name").GetString());
    }

    private static JsonElement Parsed(RawHtml element)
    {
        var script = new HtmlParser().ParseDocument($"<body>{element.Html}").QuerySelector("script")!;
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
