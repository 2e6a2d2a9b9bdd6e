using System.Collections;
using System.Globalization;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The time a procedure takes in all, from the time limits of its steps: for each unit (days, working days) the sum of
/// the shortest times and the sum of the limits, and the number of steps that have no time set. A step without a
/// shortest time counts for nothing towards the shortest total: the law sets only how long it may take.
/// </summary>
internal static class ProcedureTime
{
    // In a fixed order, working days first, so that a total reads the same on every page and in every build.
    private static readonly string[] Units = ["working-days", "days"];

    /// <summary>
    /// <c>procedure_total steps</c>: an object with <c>units</c> (for each unit the steps use, <c>unit</c>, <c>min</c>
    /// and <c>max</c>) and <c>untimed</c> (how many steps have no time).
    /// </summary>
    public static ScriptObject Total(object? steps)
    {
        var sums = new Dictionary<string, (long Min, long Max)>(StringComparer.Ordinal);
        var untimed = 0;
        foreach (var step in (steps as IEnumerable)?.OfType<ScriptObject>() ?? [])
        {
            if (step["time"] is not ScriptObject time || time["unit"] is not string unit)
            {
                untimed++;
                continue;
            }
            var max = Convert.ToInt64(time["max"], CultureInfo.InvariantCulture);
            var min = time["min"] is { } shortest ? Convert.ToInt64(shortest, CultureInfo.InvariantCulture) : 0;
            var sum = sums.GetValueOrDefault(unit);
            sums[unit] = (sum.Min + min, sum.Max + max);
        }
        var units = new ScriptArray();
        foreach (var unit in Units.Where(sums.ContainsKey))
            units.Add(new ScriptObject(StringComparer.Ordinal)
                { ["unit"] = unit, ["min"] = sums[unit].Min, ["max"] = sums[unit].Max });
        return new ScriptObject(StringComparer.Ordinal) { ["units"] = units, ["untimed"] = untimed };
    }
}
