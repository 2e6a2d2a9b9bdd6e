using System.Globalization;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Localization;

/// <summary>
/// Writes dates, numbers and amounts the way a language writes them. Patterns come from the theme's UI strings
/// (<c>format.*</c>), so a new language needs no code: western languages count large amounts in millions and billions,
/// Japanese, Korean and Chinese in myriads (万/億, 만/억).
/// </summary>
internal sealed class Formatter
{
    private readonly CultureInfo _culture;
    private readonly string _datePattern;
    private readonly string _monthPattern;
    private readonly string _timePattern;
    private readonly string _millionPattern;
    private readonly string? _billionPattern;
    private readonly string? _myriadPattern;
    private readonly string _vndBillionPattern;
    private readonly string? _vndMyriadPattern;
    private readonly string[] _myriadUnits;
    private readonly string _myriadSeparator;
    private readonly string _hectares;
    private readonly string _squareKilometres;
    private readonly string _population;

    /// <summary>Creates the formatter of <paramref name="language"/> from its <c>format.*</c> settings.</summary>
    /// <param name="language">A BCP 47 language code.</param>
    /// <param name="setting">
    /// Looks up a setting, null when absent: <c>date</c> (a .NET date pattern such as <c>d MMMM yyyy</c>); <c>month</c>
    /// (a month of a year, such as <c>MMMM yyyy</c>); <c>time</c> (a time of day, such as <c>HH:mm</c>, the default);
    /// <c>usd_million</c> and <c>usd_billion</c> (<c>US${0} million</c>); or, for myriad counting, <c>usd_myriad</c>
    /// (<c>{0}米ドル</c>), <c>myriad_units</c> (<c>万,億,兆</c>) and <c>myriad_separator</c> (a space in Korean);
    /// <c>area_ha</c> and <c>area_km2</c> (<c>{0} ha</c>); <c>population</c> (<c>{0}人</c>, counted in myriads where
    /// <c>usd_myriad</c> is set); <c>vnd_billion</c> (<c>VND {0} billion</c>) or, counting in myriads,
    /// <c>vnd_myriad</c> (<c>{0}ドン</c>).
    /// </param>
    public Formatter(string language, Func<string, string?> setting)
    {
        _culture = CultureFor(language);
        _datePattern = setting("date") ?? _culture.DateTimeFormat.LongDatePattern.Replace("dddd", "").Trim(' ', ',');
        _monthPattern = setting("month") ?? _culture.DateTimeFormat.YearMonthPattern;
        _timePattern = setting("time") ?? "HH:mm";
        _millionPattern = setting("usd_million") ?? "US${0} million";
        _billionPattern = setting("usd_billion");
        _myriadPattern = setting("usd_myriad");
        _vndBillionPattern = setting("vnd_billion") ?? "VND {0} billion";
        _vndMyriadPattern = setting("vnd_myriad");
        _myriadUnits = (setting("myriad_units") ?? "万,億,兆").Split(',', StringSplitOptions.TrimEntries);
        _myriadSeparator = setting("myriad_separator") ?? "";
        _hectares = setting("area_ha") ?? "{0} ha";
        _squareKilometres = setting("area_km2") ?? "{0} km²";
        _population = setting("population") ?? "{0}";
    }

    /// <summary>
    /// The formatter of <paramref name="language"/> configured by the theme's <c>format.*</c> UI strings.
    /// </summary>
    public static Formatter For(UiStrings strings, string language, DiagnosticBag diagnostics) =>
        new(language, name =>
            strings.Has(language, $"format.{name}") ? strings.Get(language, $"format.{name}", diagnostics) : null);

    /// <summary>A date, such as 24 November 2026, 2026年11月24日 or 2026년 11월 24일.</summary>
    public string Date(DateOnly date) => date.ToString(_datePattern, _culture);

    /// <summary>A time of day, such as 08:30.</summary>
    public string Time(TimeOnly time) => time.ToString(_timePattern, _culture);

    /// <summary>A month of a year, such as February 2023, 2023年2月 or 2023년 2월.</summary>
    public string Month(int year, int month) => year is >= 1 and <= 9999 && month is >= 1 and <= 12
        ? new DateOnly(year, month, 1).ToString(_monthPattern, _culture)
        : string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");

    /// <summary>A number with the language's digit grouping and at most two decimals: 1,234.5.</summary>
    public string Number(decimal number) => number.ToString("#,##0.##", _culture);

    /// <summary>A percentage of <paramref name="percent"/> (12.5 → 12.5%).</summary>
    public string Percent(decimal percent) => (percent / 100).ToString("0.##%", _culture);

    /// <summary>An area in hectares: 120 ha, 1,250.5 ha.</summary>
    public string Hectares(decimal hectares) => string.Format(_culture, _hectares, Number(hectares));

    /// <summary>An area in square kilometres: 822.7 km².</summary>
    public string SquareKilometres(decimal squareKilometres) =>
        string.Format(_culture, _squareKilometres, Number(squareKilometres));

    /// <summary>A number of people, exactly: 1,368,840; 136万8,840人; 136만 8,840명.</summary>
    public string Population(long people) =>
        string.Format(_culture, _population, _myriadPattern is null ? Number(people) : Myriads(people, exact: true));

    /// <summary>
    /// An amount given in millions of US dollars: US$350 million, US$2.22 billion, 3億5,000万米ドル, 22억 2,000만 달러.
    /// </summary>
    public string UsdMillion(decimal millions)
    {
        if (_myriadPattern is not null)
            return string.Format(_culture, _myriadPattern, Myriads(millions * 1_000_000m, exact: false));
        return millions >= 1000 && _billionPattern is not null
            ? string.Format(_culture, _billionPattern,
                Number(Math.Round(millions / 1000, 2, MidpointRounding.AwayFromZero)))
            : string.Format(_culture, _millionPattern, Number(millions));
    }

    /// <summary>
    /// An amount given in billions of đồng, as Vietnamese listings state it: VND 210 billion, 2,100億ドン, 2,100억 동.
    /// Amounts are written as given, never converted.
    /// </summary>
    public string VndBillion(decimal billions) =>
        _vndMyriadPattern is not null && _myriadPattern is not null
            ? string.Format(_culture, _vndMyriadPattern, Myriads(billions * 1_000_000_000m, exact: false))
            : string.Format(_culture, _vndBillionPattern, Number(billions));

    // Counts in units of 10^4, 10^8, 10^12. Amounts keep the two largest non-zero groups, rounded (2,220,000,000 →
    // 22億2,000万); exact counts keep every group and the rest below 10^4 (1,368,840 → 136万8,840).
    private string Myriads(decimal amount, bool exact)
    {
        var groups = new List<string>();
        for (var unit = _myriadUnits.Length; unit >= 1 && (exact || groups.Count < 2); unit--)
        {
            var size = (decimal)Math.Pow(10_000, unit);
            var last = !exact && (groups.Count == 1 || unit == 1);
            var count = last ? Math.Round(amount / size, MidpointRounding.AwayFromZero) : Math.Floor(amount / size);
            if (count == 0) continue;
            groups.Add(Number(count) + _myriadUnits[unit - 1]);
            amount -= count * size;
        }
        if (exact && amount > 0 || groups.Count == 0) groups.Add(Number(amount));
        return string.Join(_myriadSeparator, groups);
    }

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
