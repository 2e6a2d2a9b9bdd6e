using System.Runtime.CompilerServices;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Verification;

/// <summary>
/// What earlier verifications read from each page, kept for as long as the page is: a rebuild keeps most pages as they were,
/// and reading them again is most of the cost of verifying.
/// </summary>
public sealed class PageReadings
{
    private readonly ConditionalWeakTable<RenderedPage, PageFacts> _facts = [];

    internal PageFacts GetOrRead(RenderedPage page, Func<RenderedPage, PageFacts> read) => _facts.GetValue(page, p => read(p));
}
