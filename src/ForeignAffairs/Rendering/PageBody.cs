using System.Text;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A page's own markup as <c>base</c> writes it around: the builder it was rendered into, copied into the page where
/// <c>{{ body }}</c> stands rather than made into a string first.
/// </summary>
internal sealed class PageBody(StringBuilder html)
{
    /// <summary>The markup.</summary>
    public StringBuilder Html { get; } = html;

    public override string ToString() => Html.ToString();
}
