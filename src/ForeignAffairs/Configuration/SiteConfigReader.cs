using System.Text.RegularExpressions;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using ForeignAffairs.Validation;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Configuration;

/// <summary>Reads and checks <c>content/site.yaml</c>.</summary>
internal static partial class SiteConfigReader
{
    /// <summary>The site settings file, relative to the site folder.</summary>
    public const string FileName = "content/site.yaml";

    /// <summary>The fields of site.yaml.</summary>
    internal static readonly FieldSchema[] Fields =
    [
        new("title", new TextType(), true, "the site's name"),
        new("description", new TextType(), false, "what the site offers, for pages without a summary"),
        new("base_url", new StringType(), true,
            "the address the site is published at, such as https://invest.example.org/"),
        new("default_language", new StringType(), true, "the code of the language entries are written in first"),
        new("languages", new ListType(new RecordType("a language",
            new FieldSchema("code", new StringType(), true, "the language code, such as ja"),
            new FieldSchema("name", new StringType(), true, "the language's name in itself, such as 日本語"),
            new FieldSchema("direction", new ChoiceType(Language.LeftToRight, Language.RightToLeft), false,
                "the direction the language is written in: rtl for Arabic, Hebrew or Persian (default: ltr)"))), true,
            "the languages the site is published in"),
        new("theme", new StringType(), false, "the folder under themes/ that lays out the site (default: default)"),
        new("paginate", new NumberType(wholeOnly: true), false,
            "how many news items a page of the news list shows (default: 10)"),
        new("search", new BooleanType(), false,
            "whether the site has a search page per language, built with Pagefind (default: true)"),
        new("iframe_hosts", new ListType(new IframeHostType()), false,
            "hosts whose pages raw HTML in Markdown may embed in an iframe, such as www.youtube-nocookie.com or " +
            "*.example.org"),
        new("exchange_rate", new RecordType("an exchange rate",
            new FieldSchema(VndPerUsd, new NumberType(minimum: 0), true,
                "how many đồng one US dollar is worth, such as 25000"),
            new FieldSchema("date", new DateType(), true, "the date the rate is for"),
            new FieldSchema("source", new TextType(), true,
                "who published the rate, such as the State Bank of Vietnam")), false,
            "the dated rate at which pages show an indicative US-dollar equivalent of amounts given only in đồng"),
    ];

    private const string VndPerUsd = "vnd_per_usd";

    /// <summary>
    /// Reads the settings of the site in <paramref name="root"/>; null when they are missing or invalid (the reasons
    /// are reported).
    /// </summary>
    public static SiteConfig? Read(string root, DiagnosticBag diagnostics)
    {
        if (ReadFile(root, diagnostics) is not var (text, source)) return null;

        var errorsBefore = diagnostics.ErrorCount;
        var languages = ReadLanguages(source, diagnostics);
        var context = new ValueContext(source, languages.Select(l => l.Code).ToArray(), new HashSet<EntryKey>(),
            diagnostics);
        var values = FieldSetReader.Read(source.Root, Fields, context, checkRequired: true, "site.yaml");
        if (languages.Count == 0 || !values.ContainsKey("title") || !values.ContainsKey("base_url")
            || !values.ContainsKey("default_language"))
            return null;

        var baseUrl = ReadBaseUrl((string)values["base_url"], source, diagnostics);
        var defaultCode = (string)values["default_language"];
        if (ReadDefaultLanguage(defaultCode, languages, source, diagnostics) is not { } defaultLanguage) return null;
        // Content is read with these settings, so a mistake here would be repeated in every file: stop at it.
        if (baseUrl is null || diagnostics.ErrorCount > errorsBefore) return null;

        if (ReadTheme(values, source, diagnostics) is not { } theme
            || ReadPaginate(values, source, diagnostics) is not { } paginate)
            return null;

        var exchangeRate = ReadExchangeRate(
            values.GetValueOrDefault("exchange_rate") as IReadOnlyDictionary<string, object>, source, diagnostics);
        if (diagnostics.ErrorCount > errorsBefore) return null;

        var ordered = languages.Where(l => l != defaultLanguage).Prepend(defaultLanguage).ToArray();
        return new SiteConfig(
            (LocalizedText)values["title"],
            values.GetValueOrDefault("description") as LocalizedText,
            baseUrl,
            defaultLanguage,
            ordered,
            theme,
            paginate,
            values.GetValueOrDefault("search") as bool? ?? true,
            values.GetValueOrDefault("iframe_hosts") is IEnumerable<object> hosts ? hosts.Cast<string>().ToArray() : [],
            exchangeRate)
        {
            Source = text,
            ThemeLocation = source.LocateValue("theme"),
        };
    }

    private static Language? ReadDefaultLanguage(string code, IReadOnlyList<Language> languages, YamlSource source,
        DiagnosticBag diagnostics)
    {
        if (languages.FirstOrDefault(l => l.Code == code) is { } language) return language;
        diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(ValueNode(source, "default_language")),
            $"the default language '{code}' is not in the list of languages",
            Suggestion.Hint(code, languages.Select(l => l.Code).ToArray()));
        return null;
    }

    private static (string Text, YamlSource Source)? ReadFile(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, "content", "site.yaml");
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.File(FileName),
                "the site settings file is missing",
                "create content/site.yaml with title, base_url, default_language and languages");
            return null;
        }
        return SiteFile.ReadText(path, FileName, diagnostics) is { } text
            && YamlReader.ReadMapping(text, FileName, diagnostics) is { } source
                ? (text, source)
                : null;
    }

    private static string? ReadTheme(IReadOnlyDictionary<string, object> values, YamlSource source,
        DiagnosticBag diagnostics)
    {
        var theme = values.GetValueOrDefault("theme") as string ?? "default";
        if (ThemeName().IsMatch(theme)) return theme;
        diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(ValueNode(source, "theme")),
            $"'{theme}' is not the name of a folder under themes/", "write only the folder's name, such as default");
        return null;
    }

    private static int? ReadPaginate(IReadOnlyDictionary<string, object> values, YamlSource source,
        DiagnosticBag diagnostics)
    {
        var paginate = values.TryGetValue("paginate", out var perPage) ? (long)perPage : SiteConfig.DefaultPaginate;
        if (paginate is >= 1 and <= 1000) return (int)paginate;
        diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(ValueNode(source, "paginate")),
            $"a page cannot show {paginate} news items", "give a number from 1 to 1000");
        return null;
    }

    /// <summary>
    /// Checks a base URL given on the command line or in site.yaml: a web address that <see cref="UrlPolicy"/> allows
    /// (so no user name or password, which every page would publish), without query or fragment; a trailing '/' is
    /// added.
    /// </summary>
    public static Uri? ParseBaseUrl(string text)
    {
        if (UrlPolicy.WebAddress(text) is not null || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    private static Uri? ReadBaseUrl(string text, YamlSource source, DiagnosticBag diagnostics)
    {
        var uri = ParseBaseUrl(text);
        if (uri is null)
        {
            var (problem, hint) = UrlPolicy.WebAddress(text) == UrlPolicy.Credentials
                ? UrlPolicy.Credentials
                : ($"'{text}' is not a web address the site can be published at",
                    "write a full address such as https://invest.example.org/ or https://example.org/invest/");
            diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(ValueNode(source, "base_url")), problem,
                hint);
        }
        return uri;
    }

    // The record's fields were read by the schema: what is left is whether the rate can be a rate of đồng per US
    // dollar.
    private static ExchangeRate? ReadExchangeRate(IReadOnlyDictionary<string, object>? fields, YamlSource source,
        DiagnosticBag diagnostics)
    {
        if (fields?.GetValueOrDefault(VndPerUsd) is not decimal rate
            || fields.GetValueOrDefault("date") is not DateOnly date
            || fields.GetValueOrDefault("source") is not LocalizedText publisher)
            return null;
        if (rate is >= ExchangeRate.Least and <= ExchangeRate.Most) return new ExchangeRate(rate, date, publisher);
        var node = ValueNode(source, "exchange_rate") is YamlMappingNode mapping
            && mapping.Children.TryGetValue(new YamlScalarNode(VndPerUsd), out var value) ? value : source.Root;
        diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(node),
            $"'{(node as YamlScalarNode)?.Value}' đồng to the US dollar is outside the range a rate can have " +
            "(1,000 to 1,000,000)",
            "write how many đồng one US dollar buys, as the source states it, such as 25000 " +
            "(not in thousands, and not US dollars per đồng)");
        return null;
    }

    private static List<Language> ReadLanguages(YamlSource source, DiagnosticBag diagnostics)
    {
        var result = new List<Language>();
        if (!source.Root.Children.TryGetValue(new YamlScalarNode("languages"), out var node)
            || node is not YamlSequenceNode sequence) return result;
        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            var code = Scalar(item, "code");
            var name = Scalar(item, "name");
            // A direction other than ltr or rtl is reported by the schema.
            var direction = Scalar(item, "direction") ?? Language.LeftToRight;
            if (code is null || name is null) continue; // reported as a missing field by the schema
            if (!IsLanguageCode(code))
            {
                diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(item),
                    $"'{code}' is not a language code",
                    "use a lowercase code such as en, ja, ko or vi (optionally with a region: pt-br)");
                continue;
            }
            if (result.Any(l => l.Code == code))
            {
                diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(item),
                    $"the language '{code}' is listed twice");
                continue;
            }
            result.Add(new Language(code, name, direction));
        }
        if (result.Count == 0 && sequence.Children.Count == 0)
            diagnostics.Error(DiagnosticCodes.InvalidSetting, source.Locate(sequence),
                "the site needs at least one language");
        return result;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node)
            && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static YamlNode ValueNode(YamlSource source, string key) =>
        source.Root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : source.Root;

    /// <summary>
    /// Whether <paramref name="code"/> is a language code a site may use: <c>ja</c>, or with a region, <c>pt-br</c>.
    /// </summary>
    public static bool IsLanguageCode(string code) => LanguageCode().IsMatch(code);

    // A theme is a folder directly under themes/: no separators, nothing hidden, so it can never lead outside the site.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ThemeName();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageCode();
}
