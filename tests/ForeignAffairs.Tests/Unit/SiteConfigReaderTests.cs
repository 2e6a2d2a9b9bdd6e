using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Tests.Unit;

public sealed class SiteConfigReaderTests : IDisposable
{
    private const string FileName = "content/site.yaml";
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        _site.Write(FileName, yaml);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(_site.Root, diagnostics);
        return (config, diagnostics.ToSortedList());
    }

    private const string Valid = """
        title: {en: Invest in Vietnam, ja: ベトナム投資, ko: 베트남 투자}
        description: Where to invest
        base_url: https://example.org/invest/
        default_language: ja
        languages:
          - {code: en, name: English}
          - {code: ja, name: 日本語}
          - {code: ko, name: 한국어}
        theme: minimal
        """;

    [Fact]
    public void Valid_settings_are_read_with_the_default_language_first()
    {
        var (config, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal(new Language("ja", "日本語"), config.DefaultLanguage);
        Assert.Equal(["ja", "en", "ko"], config.LanguageCodes);
        Assert.Equal(["日本語", "English", "한국어"], config.Languages.Select(l => l.Name));
        Assert.Equal(new Uri("https://example.org/invest/"), config.BaseUrl);
        Assert.Equal("/invest/", config.BasePath);
        Assert.Equal("minimal", config.Theme);
        Assert.Equal("ベトナム投資", config.Title.Resolve("ja", "ja").Text);
        Assert.Equal(LocalizedText.Of("Where to invest"), config.Description);
    }

    [Fact]
    public void Base_url_without_a_trailing_slash_gets_one()
    {
        var (config, diagnostics) = Read(Valid.Replace("https://example.org/invest/", "https://example.org/invest"));

        Assert.Empty(diagnostics);
        Assert.Equal("https://example.org/invest/", config!.BaseUrl.AbsoluteUri);
        Assert.Equal("/invest/", config.BasePath);
    }

    [Fact]
    public void Site_at_the_root_of_its_domain_has_base_path_slash()
    {
        var (config, _) = Read(Valid.Replace("https://example.org/invest/", "https://invest.example.org"));

        Assert.Equal("https://invest.example.org/", config!.BaseUrl.AbsoluteUri);
        Assert.Equal("/", config.BasePath);
    }

    [Fact]
    public void Theme_defaults_to_default_and_description_is_optional()
    {
        var (config, diagnostics) = Read(
            Valid.Replace("theme: minimal", "").Replace("description: Where to invest\n", ""));

        Assert.Empty(diagnostics);
        Assert.Equal("default", config!.Theme);
        Assert.Null(config.Description);
    }

    [Fact]
    public void Missing_settings_file_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Read(_site.Root, diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.MissingFile, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(SourceLocation.File(FileName), error.Location);
        Assert.Contains("title, base_url, default_language and languages", error.Hint);
    }

    [Fact]
    public void Default_language_not_in_the_list_is_an_error_at_its_value()
    {
        var (config, diagnostics) = Read(Valid.Replace("default_language: ja", "default_language: jp"));

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSetting, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(FileName, 4, 19), error.Location);
        Assert.Equal("the default language 'jp' is not in the list of languages", error.Message);
        Assert.Equal("did you mean 'ja'?", error.Hint);
    }

    [Theory]
    [InlineData("ftp://example.org/invest/")]
    [InlineData("example.org/invest/")]
    [InlineData("https://example.org/invest/?lang=en")]
    [InlineData("https://example.org/invest/#top")]
    public void Base_url_that_is_not_a_web_address_is_an_error_at_its_value(string baseUrl)
    {
        var (config, diagnostics) = Read(Valid.Replace("https://example.org/invest/", baseUrl));

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSetting, error.Code);
        Assert.Equal(new SourceLocation(FileName, 3, 11), error.Location);
        Assert.Equal($"'{baseUrl}' is not a web address the site can be published at", error.Message);
    }

    [Fact]
    public void Missing_required_setting_is_an_error()
    {
        var (config, diagnostics) = Read(Valid.Replace("base_url: https://example.org/invest/\n", ""));

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal(new SourceLocation(FileName, 1, 1), error.Location);
        Assert.Equal("site.yaml is missing the required field 'base_url'", error.Message);
    }

    [Fact]
    public void Language_code_that_is_not_lowercase_is_an_error_at_its_item()
    {
        var (config, diagnostics) = Read(Valid.Replace("{code: ko,", "{code: KO,").Replace(", ko: 베트남 투자", ""));

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSetting, error.Code);
        Assert.Equal(new SourceLocation(FileName, 8, 5), error.Location);
        Assert.Equal("'KO' is not a language code", error.Message);
        Assert.Null(config); // every file is read with these settings, so a mistake in them stops the build here
    }

    [Fact]
    public void Language_listed_twice_is_an_error_at_the_second_item()
    {
        var (_, diagnostics) = Read(
            Valid.Replace("{code: ko, name: 한국어}", "{code: en, name: English (again)}").Replace(", ko: 베트남 투자", ""));

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSetting, error.Code);
        Assert.Equal(new SourceLocation(FileName, 8, 5), error.Location);
        Assert.Equal("the language 'en' is listed twice", error.Message);
    }

    [Fact]
    public void Empty_language_list_is_an_error()
    {
        var (config, diagnostics) = Read(
            "title: Invest\nbase_url: https://example.org/\ndefault_language: en\nlanguages: []\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSetting, error.Code);
        Assert.Equal(new SourceLocation(FileName, 4, 12), error.Location);
        Assert.Equal("the site needs at least one language", error.Message);
    }

    [Fact]
    public void Title_in_an_undeclared_language_is_an_error()
    {
        var (_, diagnostics) = Read(Valid.Replace("ko: 베트남 투자", "kr: 베트남 투자"));

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownLanguage, error.Code);
        Assert.Equal(new SourceLocation(FileName, 1, 44), error.Location);
        Assert.Equal("did you mean 'ko'?", error.Hint);
    }

    [Fact]
    public void An_exchange_rate_is_read_with_its_date_and_source()
    {
        var (config, diagnostics) = Read(Valid +
            "\nexchange_rate: {vnd_per_usd: 25000, date: 2025-01-02, source: State Bank of Vietnam}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new ExchangeRate(25000m, new DateOnly(2025, 1, 2), LocalizedText.Of("State Bank of Vietnam")),
            config!.ExchangeRate);
        Assert.Equal(8.4m, config.ExchangeRate!.UsdMillion(210m));
        Assert.Equal(494m, config.ExchangeRate.UsdMillion(12_345m));
    }

    [Fact]
    public void Without_an_exchange_rate_there_is_none()
    {
        var (config, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics);
        Assert.Null(config!.ExchangeRate);
    }

    [Theory]
    [InlineData("0.00004")]
    [InlineData("25")]
    [InlineData("0")]
    public void A_rate_that_cannot_be_dong_per_dollar_is_an_error_at_its_value(string rate)
    {
        var (config, diagnostics) = Read(Valid +
            $"\nexchange_rate:\n  vnd_per_usd: {rate}\n  date: 2025-01-02\n  source: State Bank of Vietnam\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSetting, error.Code);
        Assert.Equal(new SourceLocation(FileName, 11, 16), error.Location);
        Assert.Contains($"'{rate}'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_rate_without_its_source_or_date_is_an_error()
    {
        var (config, diagnostics) = Read(Valid + "\nexchange_rate: {vnd_per_usd: 25000}\n");

        Assert.Null(config);
        Assert.Equal(["date", "source"],
            diagnostics.Select(d => d.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.MissingField, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(new SourceLocation(FileName, 10, 16), d.Location));
    }
}
