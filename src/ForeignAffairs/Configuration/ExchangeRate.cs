using ForeignAffairs.Content;

namespace ForeignAffairs.Configuration;

/// <summary>
/// A dated exchange rate between the đồng and the US dollar, with where it comes from, from <c>exchange_rate</c> in
/// <c>site.yaml</c>. Pages use it only to show an indicative US-dollar equivalent beside an amount a listing gives in
/// đồng; the amount itself, and the open data, stay as the listing states them.
/// </summary>
/// <param name="VndPerUsd">How many đồng one US dollar was worth on <paramref name="Date"/>, such as 25000.</param>
/// <param name="Date">The date the rate is for.</param>
/// <param name="Source">Who published the rate, such as the State Bank of Vietnam's central rate, per language.</param>
internal sealed record ExchangeRate(decimal VndPerUsd, DateOnly Date, LocalizedText Source)
{
    /// <summary>
    /// The least and the most đồng per US dollar a rate may give; anything else is a slip, such as an inverted rate.
    /// </summary>
    public const decimal Least = 1_000, Most = 1_000_000;

    /// <summary>
    /// <paramref name="vndBillion"/> billion đồng in millions of US dollars at this rate, to three significant digits,
    /// since the figure is only indicative: 210 billion at 25,000 is 8.4 million.
    /// </summary>
    public decimal UsdMillion(decimal vndBillion) => Significant(vndBillion * 1000m / VndPerUsd, 3);

    private static decimal Significant(decimal value, int digits)
    {
        if (value == 0) return 0;
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var scale = (decimal)Math.Pow(10, magnitude - digits + 1);
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }
}
