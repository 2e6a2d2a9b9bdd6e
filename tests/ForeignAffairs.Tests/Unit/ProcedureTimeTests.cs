using ForeignAffairs.Rendering;
using Scriban.Runtime;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The time a procedure takes in all is summed per unit, working days first, and steps without a time are counted.
/// </summary>
public sealed class ProcedureTimeTests
{
    private static ScriptObject Step(long? min, long max, string unit)
    {
        var time = new ScriptObject { ["max"] = max, ["unit"] = unit };
        if (min is not null) time["min"] = min;
        return new ScriptObject { ["time"] = time };
    }

    [Fact]
    public void Limits_and_shortest_times_are_summed_per_unit_and_untimed_steps_counted()
    {
        var steps = new ScriptArray
        {
            Step(5, 15, "days"), new ScriptObject(), Step(null, 3, "working-days"), Step(2, 10, "days"),
        };

        var total = ProcedureTime.Total(steps);

        var units = ((ScriptArray)total["units"]!).Cast<ScriptObject>()
            .Select(u => ((string)u["unit"]!, (long)u["min"]!, (long)u["max"]!)).ToArray();
        Assert.Equal([("working-days", 0L, 3L), ("days", 7L, 25L)], units);
        Assert.Equal(1, total["untimed"]);
    }

    [Fact]
    public void No_steps_make_no_total()
    {
        var total = ProcedureTime.Total(null);

        Assert.Empty((ScriptArray)total["units"]!);
        Assert.Equal(0, total["untimed"]);
    }
}
