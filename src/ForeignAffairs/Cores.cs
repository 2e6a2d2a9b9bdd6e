namespace ForeignAffairs;

/// <summary>
/// How many threads the stages' parallel loops use: one per core. A long-lived process such as the preview ends up with
/// dozens of pool threads after its first build's file writes; a loop free to use them all runs far more threads than
/// cores, each with renderers of its own, and spends its time switching between them.
/// </summary>
internal static class Cores
{
    /// <summary>Options for a loop of work done on the processor.</summary>
    public static ParallelOptions Each { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
