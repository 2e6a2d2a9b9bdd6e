using System.Globalization;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Cli;

/// <summary>
/// The table <c>--template-metrics</c> prints: each layout and partial with its renders, its reuses from the cache of
/// <c>include_cached</c>, its time in itself and with what it includes, its average and its longest render, the
/// costliest in itself first, as Hugo's <c>--templateMetrics</c> does. A partial rendered often at a high cost is the
/// first to make cheaper or to include cached.
/// </summary>
internal static class TemplateMetricsReport
{
    private const string Heading =
        "      self      total  renders   reused    average    longest  template";

    /// <summary>Writes <paramref name="metrics"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<TemplateMetric> metrics, TextWriter output)
    {
        output.WriteLine("Templates, costliest first ('self' without the partials each includes, 'total' with " +
            "them; summed over threads):");
        output.WriteLine(Heading);
        foreach (var metric in metrics)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Time(metric.Self),10} {Time(metric.Total),10} {metric.Renders,8} {metric.Reuses,8} " +
                $"{Time(metric.Average),10} {Time(metric.Longest),10}  {metric.Template}"));
        }
    }

    // Milliseconds to a tenth, or microseconds under one: a partial's average is often a few of them.
    private static string Time(TimeSpan time) => time.TotalMilliseconds >= 1
        ? time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms"
        : time.TotalMicroseconds.ToString("0.0", CultureInfo.InvariantCulture) + " µs";
}
