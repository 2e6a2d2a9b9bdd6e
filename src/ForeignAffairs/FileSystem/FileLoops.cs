using System.Runtime.ExceptionServices;

namespace ForeignAffairs.FileSystem;

/// <summary>
/// Loops over files on every core whose failures reach the caller as they would from a plain loop: the first
/// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> itself, which callers report as a folder
/// that cannot be read or written, not wrapped in an <see cref="AggregateException"/>.
/// </summary>
internal static class FileLoops
{
    /// <summary>Runs <paramref name="body"/> for each of <paramref name="items"/> on every core.</summary>
    public static ParallelLoopResult ForEach<T>(IEnumerable<T> items, Action<T, ParallelLoopState> body)
    {
        try
        {
            return Parallel.ForEach(items, Cores.Each, body);
        }
        catch (AggregateException ex)
            when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            throw;
        }
    }
}
