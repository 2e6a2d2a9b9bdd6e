using ForeignAffairs.Content;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// One run of the <see cref="BuildPipeline"/>: the site as loaded (null when its settings could not be read), the build
/// when it succeeded, the last good build it started from, why everything was rendered again (null when only what
/// changed was), and what was published.
/// </summary>
internal sealed record BuildRun(Site? Site, BuiltSite? Built, BuiltSite? Previous, string? Reason, Published Published);
