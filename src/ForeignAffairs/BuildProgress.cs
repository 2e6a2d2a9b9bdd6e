namespace ForeignAffairs;

/// <summary>
/// How far a build has got: the stage it is in and the pages rendered so far. The build updates it from its worker
/// threads; a terminal display reads it on its own schedule.
/// </summary>
public sealed class BuildProgress
{
    private string _stage = "";
    private int _pages;

    /// <summary>The stage under way: load, render, verify, publish or search.</summary>
    public string Stage => Volatile.Read(ref _stage);

    /// <summary>The pages rendered so far.</summary>
    public int PagesRendered => Volatile.Read(ref _pages);

    internal void Enter(string stage) => Volatile.Write(ref _stage, stage);

    internal void PageRendered() => Interlocked.Increment(ref _pages);
}
