using System.Diagnostics;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Times the templates one rendering thread renders, for <see cref="TemplateMetrics"/>: each render from its start to
/// its end, less the renders it includes, so that the time of a partial is counted once, in itself, and again in the
/// templates that include it. Used by one thread at a time.
/// </summary>
internal sealed class TemplateClock
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _open = new();

    /// <summary>What has been timed, by template.</summary>
    internal IReadOnlyDictionary<string, Tally> Tallies => _tallies;

    /// <summary>Starts timing a render of <paramref name="template"/>.</summary>
    public void Start(string template) => _open.Push(new Frame(template, Stopwatch.GetTimestamp()));

    /// <summary>Ends the render started last, whether it finished or failed.</summary>
    public void Stop()
    {
        var frame = _open.Pop();
        var total = Stopwatch.GetTimestamp() - frame.Started;
        var tally = TallyOf(frame.Template);
        tally.Renders++;
        tally.Self += total - frame.Included;
        tally.Longest = Math.Max(tally.Longest, total);
        // A partial that includes itself is counted in its total once, from its outermost render.
        if (!IsOpen(frame.Template)) tally.Total += total;
        if (_open.TryPop(out var includer)) _open.Push(includer with { Included = includer.Included + total });
    }

    private bool IsOpen(string template)
    {
        foreach (var open in _open)
            if (open.Template == template) return true;
        return false;
    }

    /// <summary>Counts a cached partial's markup reused without rendering it.</summary>
    public void Reused(string template) => TallyOf(template).Reuses++;

    private Tally TallyOf(string template)
    {
        if (!_tallies.TryGetValue(template, out var tally)) _tallies[template] = tally = new Tally();
        return tally;
    }

    private readonly record struct Frame(string Template, long Started, long Included = 0);

    /// <summary>One template's counts and times, in <see cref="Stopwatch"/> ticks.</summary>
    internal sealed class Tally
    {
        public int Renders { get; set; }
        public int Reuses { get; set; }
        public long Self { get; set; }
        public long Total { get; set; }
        public long Longest { get; set; }
    }
}
