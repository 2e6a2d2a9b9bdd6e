using System.Globalization;

namespace ForeignAffairs.Localization;

/// <summary>Writes dates, numbers and amounts the way a language writes them, with patterns from the theme's UI strings.</summary>
public sealed class Formatter
{
    private readonly CultureInfo _culture;
    private readonly string _datePattern;
    private readonly string _millionPattern;
    private readonly string _billionPattern;

    /// <summary>Creates the formatter of <paramref name="language"/>; patterns not given fall back to the language's own conventions.</summary>
    /// <param name="language">A BCP 47 language code.</param>
    /// <param name="datePattern">A .NET date pattern such as <c>d MMMM yyyy</c>, or null for the culture's long date.</param>
    /// <param name="millionPattern">How millions of US dollars are written, with {0} for the number: <c>US${0} million</c>.</param>
    /// <param name="billionPattern">How billions of US dollars are written, or null to keep counting in millions.</param>
    public Formatter(string language, string? datePattern, string? millionPattern, string? billionPattern)
    {
        _culture = CultureFor(language);
        _datePattern = datePattern ?? _culture.DateTimeFormat.LongDatePattern.Replace("dddd", "").Trim(' ', ',');
        _millionPattern = millionPattern ?? "US${0} million";
        _billionPattern = billionPattern ?? "";
    }

    /// <summary>A date, such as 24 November 2026, 2026年11月24日 or 2026년 11월 24일.</summary>
    public string Date(DateOnly date) => date.ToString(_datePattern, _culture);

    /// <summary>A number with the language's digit grouping and at most two decimals: 1,234.5.</summary>
    public string Number(decimal number) => number.ToString("#,##0.##", _culture);

    /// <summary>An amount given in millions of US dollars, in millions or, from 1,000, in billions where the language counts so.</summary>
    public string UsdMillion(decimal millions) =>
        millions >= 1000 && _billionPattern.Length > 0
            ? string.Format(_culture, _billionPattern, Number(Math.Round(millions / 1000, 2)))
            : string.Format(_culture, _millionPattern, Number(millions));

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
