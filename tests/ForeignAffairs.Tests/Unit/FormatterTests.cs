using ForeignAffairs.Localization;

namespace ForeignAffairs.Tests.Unit;

public sealed class FormatterTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    /// <summary>A formatter with the theme's <c>format.*</c> settings given here; the others are absent.</summary>
    private static Formatter Create(string language, params (string Key, string Value)[] settings) =>
        new(language, key => settings.FirstOrDefault(s => s.Key == key).Value);

    [Theory]
    [InlineData("en", "d MMMM yyyy", "24 November 2026")]
    [InlineData("ja", "yyyy年M月d日", "2026年11月24日")]
    [InlineData("ko", "yyyy년 M월 d일", "2026년 11월 24일")]
    [InlineData("vi", "d/M/yyyy", "24/11/2026")]
    public void Date_follows_the_theme_pattern_in_the_language(string language, string pattern, string expected)
    {
        var formatter = Create(language, ("date", pattern));

        Assert.Equal(expected, formatter.Date(Day));
    }

    [Fact]
    public void Date_without_a_pattern_is_the_language_long_date_without_the_weekday()
    {
        Assert.Equal("November 24, 2026", Create("en").Date(Day));
        Assert.Equal("2026年11月24日", Create("ja").Date(Day));
    }

    [Theory]
    [InlineData("en", "1234.5", "1,234.5")]
    [InlineData("en", "1234567", "1,234,567")]
    [InlineData("en", "0.125", "0.13")]
    [InlineData("en", "822.70", "822.7")]
    [InlineData("ja", "1234.5", "1,234.5")]
    [InlineData("vi", "1234.5", "1.234,5")]
    public void Number_uses_the_language_digit_grouping_and_at_most_two_decimals(
        string language, string number, string expected)
    {
        var formatter = Create(language);

        Assert.Equal(expected,
            formatter.Number(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Amount_of_a_thousand_millions_or_more_is_written_in_billions_when_the_language_has_a_pattern()
    {
        var formatter = Create("en", ("usd_million", "US${0} million"), ("usd_billion", "US${0} billion"));

        Assert.Equal("US$2.22 billion", formatter.UsdMillion(2220m));
        Assert.Equal("US$1 billion", formatter.UsdMillion(1000m));
        Assert.Equal("US$1.5 billion", formatter.UsdMillion(1500m));
    }

    [Fact]
    public void Billions_round_half_away_from_zero_like_other_numbers()
    {
        var formatter = Create("en", ("usd_million", "US${0} million"), ("usd_billion", "US${0} billion"));

        Assert.Equal("2.23", formatter.Number(2.225m));
        Assert.Equal("US$2.23 billion", formatter.UsdMillion(2225m));
    }

    [Fact]
    public void Amount_below_a_thousand_millions_is_written_in_millions()
    {
        var formatter = Create("en", ("usd_million", "US${0} million"), ("usd_billion", "US${0} billion"));

        Assert.Equal("US$120 million", formatter.UsdMillion(120m));
        Assert.Equal("US$999.5 million", formatter.UsdMillion(999.5m));
    }

    [Fact]
    public void Without_a_billion_pattern_amounts_stay_in_millions()
    {
        var formatter = Create("ja", ("usd_million", "{0}百万米ドル"));

        Assert.Equal("2,220百万米ドル", formatter.UsdMillion(2220m));
    }

    [Fact]
    public void Million_pattern_defaults_to_US_dollars_in_millions()
    {
        var formatter = Create("en");

        Assert.Equal("US$120 million", formatter.UsdMillion(120m));
    }

    [Theory]
    [InlineData(2220, "22億2,000万米ドル")]
    [InlineData(120, "1億2,000万米ドル")]
    [InlineData(350, "3億5,000万米ドル")]
    [InlineData(0.5, "50万米ドル")]
    [InlineData(1500000, "1兆5,000億米ドル")]
    public void Japanese_amounts_are_counted_in_myriads(decimal millions, string expected)
    {
        var formatter = Create("ja", ("usd_myriad", "{0}米ドル"));

        Assert.Equal(expected, formatter.UsdMillion(millions));
    }

    [Fact]
    public void Korean_amounts_are_counted_in_myriads_separated_by_a_space()
    {
        var formatter = Create("ko", ("usd_myriad", "{0} 달러"), ("myriad_units", "만, 억, 조"), ("myriad_separator", " "));

        Assert.Equal("22억 2,000만 달러", formatter.UsdMillion(2220m));
        Assert.Equal("1억 2,000만 달러", formatter.UsdMillion(120m));
    }

    [Fact]
    public void Vnd_billion_is_written_as_listings_give_it_in_billions_or_in_myriads()
    {
        Assert.Equal("VND 210 billion", Create("en", ("vnd_billion", "VND {0} billion")).VndBillion(210.0m));
        Assert.Equal("VND 1,500 billion", Create("en").VndBillion(1500m));
        var japanese = Create("ja", ("usd_myriad", "{0}米ドル"), ("vnd_myriad", "{0}ドン"));
        Assert.Equal("2,100億ドン", japanese.VndBillion(210.0m));
        Assert.Equal("1兆5,000億ドン", japanese.VndBillion(1500m));
        var korean = Create("ko", ("usd_myriad", "{0} 달러"), ("vnd_myriad", "{0} 동"), ("myriad_units", "만,억,조"),
            ("myriad_separator", " "));
        Assert.Equal("1,600억 동", korean.VndBillion(160.0m));
    }
}
