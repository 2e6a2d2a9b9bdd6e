using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Figures, dates and counts as the default theme writes them in English, Japanese, Korean and Vietnamese.
/// </summary>
public sealed class LanguageFormattingTests
{
    private static readonly Lazy<(Theme Theme, DiagnosticBag Diagnostics)> DefaultTheme = new(() =>
    {
        var config = new SiteConfig(LocalizedText.Of("Test"), null, new Uri("https://example.org/"),
            new Language("en", "English"),
            [new("en", "English"), new("ja", "日本語"), new("ko", "한국어"), new("vi", "Tiếng Việt")], "default");
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(RepositoryRoot.Path, config, diagnostics);
        Assert.NotNull(theme);
        return (theme, diagnostics);
    });

    private static Formatter For(string language)
    {
        var (theme, diagnostics) = DefaultTheme.Value;
        return Formatter.For(theme.Strings, language, diagnostics);
    }

    [Theory]
    [InlineData("en", "24 November 2026")]
    [InlineData("ja", "2026年11月24日")]
    [InlineData("ko", "2026년 11월 24일")]
    [InlineData("vi", "ngày 24 tháng 11 năm 2026")]
    public void Dates(string language, string expected) =>
        Assert.Equal(expected, For(language).Date(new DateOnly(2026, 11, 24)));

    [Theory]
    [InlineData("en", "1,234,567.89", "12.5%")]
    [InlineData("ja", "1,234,567.89", "12.5%")]
    [InlineData("ko", "1,234,567.89", "12.5%")]
    [InlineData("vi", "1.234.567,89", "12,5%")]
    public void Numbers_and_percentages(string language, string number, string percent)
    {
        Assert.Equal(number, For(language).Number(1234567.89m));
        Assert.Equal(percent, For(language).Percent(12.5m));
    }

    [Theory]
    [InlineData("en", 1200, "US$1.2 billion")]
    [InlineData("ja", 1200, "12億米ドル")]
    [InlineData("ko", 1200, "12억 달러")]
    [InlineData("vi", 1200, "1,2 tỷ USD")]
    [InlineData("en", 350, "US$350 million")]
    [InlineData("ja", 350, "3億5,000万米ドル")]
    [InlineData("ko", 350, "3억 5,000만 달러")]
    [InlineData("vi", 350, "350 triệu USD")]
    [InlineData("en", 2220, "US$2.22 billion")]
    [InlineData("ja", 2220, "22億2,000万米ドル")]
    [InlineData("ko", 2220, "22억 2,000만 달러")]
    [InlineData("vi", 2220, "2,22 tỷ USD")]
    [InlineData("ja", 12.5, "1,250万米ドル")]
    [InlineData("ko", 0.5, "50만 달러")]
    public void Money_uses_each_languages_large_number_units(string language, double millions, string expected) =>
        Assert.Equal(expected, For(language).UsdMillion((decimal)millions));

    [Theory]
    [InlineData("en", "822.7 km²", "120 ha")]
    [InlineData("ja", "822.7km²", "120ha")]
    [InlineData("ko", "822.7km²", "120ha")]
    [InlineData("vi", "822,7 km²", "120 ha")]
    public void Areas(string language, string squareKilometres, string hectares)
    {
        Assert.Equal(squareKilometres, For(language).SquareKilometres(822.7m));
        Assert.Equal(hectares, For(language).Hectares(120m));
    }

    [Theory]
    [InlineData("en", "1,368,840")]
    [InlineData("ja", "136万8,840人")]
    [InlineData("ko", "136만 8,840명")]
    [InlineData("vi", "1.368.840 người")]
    public void Population(string language, string expected) =>
        Assert.Equal(expected, For(language).Population(1368840));

    [Theory]
    [InlineData("en", 1, "1 project")]
    [InlineData("en", 3, "3 projects")]
    [InlineData("ja", 1, "1件の案件")]
    [InlineData("ko", 3, "프로젝트 3건")]
    [InlineData("vi", 1, "1 dự án")]
    public void Counts_take_each_languages_plural_form(string language, long count, string expected)
    {
        var (theme, diagnostics) = DefaultTheme.Value;
        Assert.Equal(expected,
            theme.Strings.GetPlural(language, "count.projects", count, For(language).Number(count), diagnostics));
    }

    [Fact]
    public void Every_language_of_the_default_theme_defines_every_key_of_the_default_language()
    {
        var (theme, _) = DefaultTheme.Value;
        // Money is written in millions and billions or in myriads (format.usd_myriad, format.vnd_myriad): each language
        // sets its own.
        var english = theme.Strings.Strings["en"].Keys.Where(k => !k.StartsWith("format.usd_", StringComparison.Ordinal)
            && !k.StartsWith("format.vnd_", StringComparison.Ordinal)
            && !k.StartsWith("count.", StringComparison.Ordinal));
        foreach (var language in new[] { "ja", "ko", "vi" })
        {
            var missing = english.Where(k => !theme.Strings.Has(language, k)).ToArray();
            Assert.True(missing.Length == 0, $"{language} lacks {string.Join(", ", missing)}");
        }
        Assert.Empty(DefaultTheme.Value.Diagnostics.ToSortedList());
    }
}
