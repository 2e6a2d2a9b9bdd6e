namespace ForeignAffairs.Rendering;

/// <summary>
/// What one template cost a build, as <c>--template-metrics</c> prints it: how often it was rendered, how often a
/// cached partial's markup was reused instead, the time spent in the template itself (<paramref name="Self"/>, without
/// the partials it includes) and with them (<paramref name="Total"/>), and its longest render. Times are summed over
/// every thread, so they can exceed the build's.
/// </summary>
internal sealed record TemplateMetric(
    string Template,
    int Renders,
    int Reuses,
    TimeSpan Self,
    TimeSpan Total,
    TimeSpan Longest)
{
    /// <summary>The time of an average render, with the partials it includes.</summary>
    public TimeSpan Average => Renders == 0 ? TimeSpan.Zero : Total / Renders;
}
