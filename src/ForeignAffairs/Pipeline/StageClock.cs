using System.Diagnostics;

namespace ForeignAffairs.Pipeline;

/// <summary>Times a build stage by stage, and tells its progress which stage is under way.</summary>
internal sealed class StageClock(BuildProgress? progress)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private string? _current;
    private TimeSpan _start;

    /// <summary>The time since the build started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The stages ended so far, in order, with their times.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    /// <summary>Ends the stage under way, if any, and starts <paramref name="stage"/>.</summary>
    public void Enter(string stage)
    {
        End();
        (_current, _start) = (stage, _clock.Elapsed);
        progress?.Enter(stage);
    }

    /// <summary>Ends the stage under way; a stage entered again adds to its time.</summary>
    public void End()
    {
        if (_current is not null)
        {
            var elapsed = _clock.Elapsed - _start;
            var index = _stages.FindIndex(s => s.Stage == _current);
            if (index < 0) _stages.Add((_current, elapsed));
            else _stages[index] = (_current, _stages[index].Elapsed + elapsed);
        }
        _current = null;
    }
}
