using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample site with four events of its own in place of the sample's, built as on 17 May 2026: a forum that ended
/// the day before, a seminar in Osaka on the day of the build (from 14:00 to 17:00, Japan's time), a fair over three
/// days of June and an invented example in July. Which events are upcoming depends on that day alone.
/// </summary>
public sealed class EventSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 5, 17);

    public EventSite()
    {
        Copy = new SampleCopy(search: false);
        Directory.Delete(Copy.PathOf("content/events"), recursive: true);
        Copy.Write("content/events/forum/index.yaml",
            "title: {en: Business forum, ja: ビジネスフォーラム, ko: 비즈니스 포럼}\n" +
            "when: {start: 2026-05-16}\nplace: Bắc Ninh\norganiser: Bắc Ninh People's Committee\n" +
            "provinces: [bac-ninh]\n");
        Copy.Write("content/events/osaka-seminar/index.yaml",
            "title: {en: Osaka seminar, ja: 大阪セミナー, ko: 오사카 세미나}\nsummary: {en: Investment seminar in Osaka.}\n" +
            "when: {start: 2026-05-17 14:00, end: 2026-05-17 17:00, time_zone: Asia/Tokyo}\n" +
            "place: {en: Osaka, ja: 大阪, ko: 오사카}\norganiser: Bắc Ninh province\nlanguages: [ja, vi]\n" +
            "registration_url: https://www.example.org/register\n");
        Copy.Write("content/events/fair/index.yaml",
            "title: {en: Investment fair, ja: 投資フェア, ko: 투자 박람회}\n" +
            "when: {start: 2026-06-02, end: 2026-06-04}\nplace: Đà Nẵng\norganiser: Đà Nẵng People's Committee\n");
        Copy.Write("content/events/demo/index.yaml",
            "title: {en: Demo seminar}\nexample: true\nwhen: {start: 2026-07-01}\nplace: Hà Tĩnh\n" +
            "organiser: An example office\n");
        foreach (var slug in new[] { "forum", "osaka-seminar", "fair", "demo" })
            Copy.Write($"content/events/{slug}/en.md", "The programme.\n");
        var output = Copy.PathOf("output");
        var result = SiteBuilder.Build(new BuildOptions(Copy.Root, output) { Today = Today });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Built = new BuiltSite(output, result);
    }

    public SampleCopy Copy { get; }

    public BuiltSite Built { get; }

    public string Text(string relativePath) => File.ReadAllText(Path.Combine(Built.Output, relativePath));

    public void Dispose() => Copy.Dispose();
}

