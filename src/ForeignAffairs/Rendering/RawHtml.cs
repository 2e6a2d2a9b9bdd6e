namespace ForeignAffairs.Rendering;

/// <summary>
/// HTML that templates write as it is: rendered Markdown and rendered partials. Every other value a template writes is
/// escaped.
/// </summary>
/// <param name="Html">The markup.</param>
internal sealed record RawHtml(string Html)
{
    /// <inheritdoc />
    public override string ToString() => Html;
}
