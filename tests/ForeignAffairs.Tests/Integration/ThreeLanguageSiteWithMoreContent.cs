using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The fixture <c>three-languages</c> with more news (of several dates, one on the same day as the fixture's, one not
/// translated, one whose title holds markup) and more projects (texts with commas, quotes and line breaks, decimals, a
/// missing Korean title, two sectors), for the feeds and the open data exports. Built once for the read-only tests.
/// </summary>
public sealed class ThreeLanguageSiteWithMoreContent : IDisposable
{
    public ThreeLanguageSiteWithMoreContent()
    {
        Fixture = FixtureSite.Copy("three-languages");
        Fixture.Write("content/news/port-2024/index.yaml",
            "title: {en: \"Port & <b>pier</b> opened\", ja: 港が開港, ko: 항구 개항}\n" +
            "summary: {en: \"A new pier, at last.\"}\n" +
            "date: 2024-06-01\n");
        foreach (var (language, text) in new[] { ("en", "Opened."), ("ja", "開港。"), ("ko", "개항.") })
            Fixture.Write($"content/news/port-2024/{language}.md", text + "\n");
        Fixture.Write("content/news/english-only/index.yaml", "title: {en: Only in English}\ndate: 2023-12-31\n");
        Fixture.Write("content/news/english-only/en.md", "Only in English.\n");
        Fixture.Write("content/news/a-same-day/index.yaml",
            "title: {en: Same day, ja: 同じ日, ko: 같은 날}\ndate: 2023-03-09\n");

        Fixture.Write("content/sectors/logistics/index.yaml", "title: {en: Logistics, ja: 物流, ko: 물류}\n");
        Fixture.Write("content/projects/lien-chieu-pier/index.yaml",
            "title: {en: \"Liên Chiểu \\\"Pier\\\", phase 2\", ja: \"リエンチエウ港, 第2期\"}\n" +
            "province: da-nang\n" +
            "sectors: [logistics, electronics]\n" +
            "status: negotiating\n" +
            "investment_form: ppp\n" +
            "investment_usd_million: 12.5\n" +
            "area_ha: 0.75\n" +
            "published: 2025-01-31\n" +
            "location: {en: \"Liên Chiểu, north of the bay\\nsecond line\", ja: リエンチエウ区, ko: 리엔찌에우}\n");
        Fixture.Write("content/projects/lien-chieu-pier/en.md", "A pier.\n");
        Fixture.Write("content/projects/lien-chieu-pier/ja.md", "桟橋。\n");
        Fixture.Write("content/projects/an-old-plot/index.yaml",
            "title: Plot 7\nprovince: bac-ninh\nsectors: electronics\nstatus: closed\npublished: 2019-12-01\n");
        Built = Fixture.BuildSuccessfully();
    }

    internal FixtureSite Fixture { get; }

    public BuiltSite Built { get; }

    public void Dispose() => Fixture.Dispose();
}
