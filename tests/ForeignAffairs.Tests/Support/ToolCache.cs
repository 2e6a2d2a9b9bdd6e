using System.Runtime.CompilerServices;
using ForeignAffairs.Publishing;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The tool's cache for the whole test run: a folder of the run's own, so that no test installs into, or finds Pagefind
/// in, the cache of the user who runs the tests. Tests of the cache itself set their own.
/// </summary>
internal static class ToolCache
{
    [ModuleInitializer]
    internal static void UseOneOfTheRunsOwn() =>
        Environment.SetEnvironmentVariable(PagefindCache.FolderVariable,
            Path.Combine(Path.GetTempPath(), "fa-tests", $"tool-cache-{Environment.ProcessId}"));
}
