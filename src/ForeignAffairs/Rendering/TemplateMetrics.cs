using System.Collections.Concurrent;
using System.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The cost of each template over a render on every thread (<c>--template-metrics</c>): a
/// <see cref="TemplateClock"/> for each thread's renderer, summed once the pages are rendered. A theme author reads in
/// it which templates and partials a build spends its time in, and which partials are rendered again and again with
/// the same result and could be included cached.
/// </summary>
internal sealed class TemplateMetrics
{
    private readonly ConcurrentQueue<TemplateClock> _clocks = new();

    /// <summary>A clock for one more thread's renderer.</summary>
    public TemplateClock NewClock()
    {
        var clock = new TemplateClock();
        _clocks.Enqueue(clock);
        return clock;
    }

    /// <summary>Every template timed, the costliest in itself first (then by name, so that ties print alike).</summary>
    public IReadOnlyList<TemplateMetric> Summed() =>
        _clocks.SelectMany(clock => clock.Tallies)
            .GroupBy(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)
            .Select(template => new TemplateMetric(template.Key,
                template.Sum(t => t.Renders), template.Sum(t => t.Reuses),
                Stopwatch.GetElapsedTime(0, template.Sum(t => t.Self)),
                Stopwatch.GetElapsedTime(0, template.Sum(t => t.Total)),
                Stopwatch.GetElapsedTime(0, template.Max(t => t.Longest))))
            .OrderByDescending(metric => metric.Self).ThenBy(metric => metric.Template, StringComparer.Ordinal)
            .ToArray();
}
