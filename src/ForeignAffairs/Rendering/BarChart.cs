using System.Globalization;
using System.Text;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A bar chart drawn at build time as inline SVG: no script, the same bytes every time, and readable by a screen reader
/// through its title and a description that lists every bar. Themes show the numbers as a table beside it as well.
/// A single figure makes no chart: one bar compares nothing, so themes show it as a key figure instead.
/// </summary>
internal static class BarChart
{
    private const int Width = 640;
    private const int Height = 260;
    private const int Top = 28;
    private const int Bottom = 32;

    /// <summary>The fewest bars that make a chart.</summary>
    public const int MinimumBars = 2;

    /// <summary>
    /// The chart of <paramref name="bars"/> (label, value, value as written in the page's language), titled
    /// <paramref name="title"/>; nothing when there are fewer than <see cref="MinimumBars"/>.
    /// </summary>
    public static RawHtml Svg(string title, IReadOnlyList<(string Label, decimal Value, string Text)> bars)
    {
        if (bars.Count < MinimumBars) return new RawHtml("");
        var max = Math.Max(bars.Max(b => b.Value), 1m);
        var slot = (decimal)Width / bars.Count;
        var barWidth = Math.Min(slot * 0.6m, 72m);
        var plot = Height - Top - Bottom;
        static string N(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
        var id = "chart-" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..8];

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"bar-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" " +
            $"aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlText.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<desc id=\"{id}-desc\">" +
            $"{HtmlText.Escape(string.Join("; ", bars.Select(b => $"{b.Label}: {b.Text}")))}</desc>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"0\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text) = bars[i];
            var height = Math.Max(value, 0) / max * plot;
            var x = slot * i + (slot - barWidth) / 2;
            var y = Height - Bottom - height;
            var middle = slot * i + slot / 2;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(barWidth)}\" height=\"{N(height)}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"value\" x=\"{N(middle)}\" y=\"{N(y - 8)}\" text-anchor=\"middle\">" +
                $"{HtmlText.Escape(text)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"label\" x=\"{N(middle)}\" y=\"{Height - Bottom + 22}\" text-anchor=\"middle\">" +
                $"{HtmlText.Escape(label)}</text>");
        }
        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }
}
