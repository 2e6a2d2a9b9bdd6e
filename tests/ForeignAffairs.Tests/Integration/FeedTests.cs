using System.Globalization;
using System.Xml.Linq;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>The Atom feed of news in each language, <c>/&lt;lang&gt;/news/feed.xml</c>.</summary>
public sealed class FeedTests(ThreeLanguageSiteWithMoreContent site) : IClassFixture<ThreeLanguageSiteWithMoreContent>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string Base = ThreeLanguageSite.BaseUrl.AbsoluteUri;

    private readonly BuiltSite _built = site.Built;

    public static TheoryData<string> Languages => new() { "en", "ja", "ko" };

    private XElement Feed(string language)
    {
        var path = Path.Combine(_built.Output, language, "news", "feed.xml");
        Assert.True(File.Exists(path), $"the output has no {language}/news/feed.xml");
        return XDocument.Load(path).Root!;
    }

    private static string Lang(XElement element) => element.Attribute(XNamespace.Xml + "lang")?.Value ?? "";

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_an_atom_feed_in_that_language(string language)
    {
        var feed = Feed(language);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(language, Lang(feed));
        var siteTitle = new Dictionary<string, string>
        {
            ["en"] = "Invest in Vietnam's Provinces", ["ja"] = "ベトナム地方投資ガイド", ["ko"] = "베트남 지방 투자 안내"
        };
        Assert.Equal(siteTitle[language], feed.Element(Atom + "title")!.Value);
        var self = $"{Base}{language}/news/feed.xml";
        Assert.Equal(self,
            feed.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")!.Value);
        Assert.Equal(self, feed.Element(Atom + "id")!.Value);
        Assert.Equal($"{Base}{language}/news/", feed.Elements(Atom + "link")
            .Single(l => l.Attribute("rel")?.Value == "alternate").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        // The feed was last updated with its newest news, whatever the day of the build.
        Assert.Equal("2024-06-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Entries_are_every_news_newest_first_each_linking_to_its_page_in_that_language(string language)
    {
        var entries = Feed(language).Elements(Atom + "entry").ToArray();
        var links = entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToArray();
        Assert.Equal(
            new[] { "port-2024", "english-only", "a-same-day", "fdi-2022" }
                .Select(slug => $"{Base}{language}/news/{slug}/"),
            links);
        Assert.All(links, l =>
            Assert.True(_built.Has(BuiltSite.FileFor(l, ThreeLanguageSite.BaseUrl)!), $"{l} leads to no page"));

        var updated = entries
            .Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture))
            .ToArray();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal("2023-12-31T00:00:00Z", entries[1].Element(Atom + "updated")!.Value);
        Assert.All(entries, e =>
        {
            Assert.Equal(e.Element(Atom + "link")!.Attribute("href")!.Value, e.Element(Atom + "id")!.Value);
            Assert.Equal("alternate", e.Element(Atom + "link")!.Attribute("rel")!.Value);
            Assert.NotEmpty(e.Element(Atom + "title")!.Value);
        });
    }

    [Fact]
    public void Titles_are_in_the_feeds_language_and_borrowed_ones_say_which_language_they_are_in()
    {
        XElement Entry(string language, string slug) =>
            Feed(language).Elements(Atom + "entry")
                .Single(e => e.Element(Atom + "id")!.Value == $"{Base}{language}/news/{slug}/");

        Assert.Equal("2022年のFDI", Entry("ja", "fdi-2022").Element(Atom + "title")!.Value);
        Assert.Equal("", Lang(Entry("ja", "fdi-2022").Element(Atom + "title")!));
        Assert.Equal("2022년 FDI", Entry("ko", "fdi-2022").Element(Atom + "title")!.Value);

        var untranslated = Entry("ko", "english-only").Element(Atom + "title")!;
        Assert.Equal("Only in English", untranslated.Value);
        Assert.Equal("en", Lang(untranslated));
    }

    [Fact]
    public void Text_is_escaped_and_characters_xml_cannot_hold_are_left_out()
    {
        var title = Feed("en").Elements(Atom + "entry").First().Element(Atom + "title")!;
        Assert.Equal("Port & <b>pier</b> opened", title.Value);
        Assert.False(title.HasElements);
        // Content refuses control characters (FA2008); the writer still leaves out any it is given.
        Assert.Equal("pier opened", Publishing.XmlDocumentWriter.Clean("pier\u0001 opened"));
    }

    [Fact]
    public void Summaries_are_given_when_the_news_has_one()
    {
        XElement? Summary(string language, int index) =>
            Feed(language).Elements(Atom + "entry").ElementAt(index).Element(Atom + "summary");
        Assert.Equal("A new pier, at last.", Summary("en", 0)!.Value);
        Assert.Equal("en", Lang(Summary("ja", 0)!));
        Assert.Null(Summary("en", 3));
    }

    [Fact]
    public void A_site_without_news_has_no_feed()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        Directory.Delete(Path.Combine(fixture.Root, "content", "news"), recursive: true);
        var built = fixture.BuildSuccessfully();
        Assert.False(built.Has("en/news/feed.xml"));
        Assert.True(built.Has("en/news/index.html"));
    }
}
