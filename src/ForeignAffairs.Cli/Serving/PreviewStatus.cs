using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// What the preview shows, shared between the rebuild loop and the requests: a generation number that every build
/// raises, which tells open pages to reload, and the errors of the last build, which they show over the last good site.
/// </summary>
internal sealed class PreviewStatus
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised by every build, good or not.</summary>
    public int Generation { get; private set; }

    /// <summary>The errors of the last build; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; private set; } = [];

    /// <summary>Whether any build has succeeded, so that there is a site under the errors.</summary>
    public bool HasSite { get; private set; }

    /// <summary>Records a build's outcome and wakes everyone waiting for one.</summary>
    public void Publish(IReadOnlyList<Diagnostic> errors, bool hasSite)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            Generation++;
            Errors = errors;
            HasSite = hasSite;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }

    /// <summary>Completes when a build after <paramref name="generation"/> has been published.</summary>
    public Task ChangedSince(int generation, CancellationToken cancel)
    {
        lock (_lock) return Generation != generation ? Task.CompletedTask : _changed.Task.WaitAsync(cancel);
    }
}
