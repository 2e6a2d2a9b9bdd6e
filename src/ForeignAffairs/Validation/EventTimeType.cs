using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// When an event takes place: <c>start</c>, optionally <c>end</c>, both whole days or both with a time, and the
/// <c>time_zone</c> of the place (Vietnam's when not given). Read as <see cref="EventTime"/>. An end before the start
/// is reported at the end.
/// </summary>
internal sealed class EventTimeType : FieldType
{
    private static readonly ClockTimeType Clock = new();

    private readonly RecordType _record = new("an event's time",
        new FieldSchema("start", Clock, true,
            "the day it starts, with the time when known: 2026-05-17 or 2026-05-17 08:30"),
        new FieldSchema("end", Clock, false, "the day it ends, with the time when known, written as start is"),
        new FieldSchema("time_zone", new TimeZoneType(), false,
            "the time zone of the place, such as Asia/Tokyo for an event in Japan (default: " +
            $"{EventTime.VietnamTimeZone})"));

    /// <summary>The fields of an event's time: start, end and time_zone.</summary>
    public IReadOnlyList<FieldSchema> Fields => _record.Fields;

    /// <inheritdoc />
    public override string Description => _record.Description;

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (_record.Read(node, context) is not IReadOnlyDictionary<string, object> fields
            || fields.GetValueOrDefault("start") is not ClockTime start)
            return null;
        var zone = fields.GetValueOrDefault("time_zone") as string ?? EventTime.VietnamTimeZone;
        if (!Exists(start, zone, ValueOf((YamlMappingNode)node, "start"), context)) return null;
        if (fields.GetValueOrDefault("end") is not ClockTime end)
            return new EventTime(start.Value, null, !start.HasTime, zone);
        var endNode = ValueOf((YamlMappingNode)node, "end");
        if (!Exists(end, zone, endNode, context)) return null;
        if (end.HasTime != start.HasTime)
        {
            context.Error(DiagnosticCodes.InvalidDate, endNode,
                $"the end ({end}) and the start ({start}) are not written alike",
                "give both as dates (2026-05-17), or both as dates with times (2026-05-17 08:30)");
            return null;
        }
        var time = new EventTime(start.Value, end.Value, !start.HasTime, zone);
        if (time.EndOffset < time.StartOffset)
        {
            context.Error(DiagnosticCodes.RangeReversed, endNode, $"the event ends ({end}) before it starts ({start})",
                "swap the two, or correct the one that is wrong");
            return null;
        }
        return time;
    }

    // The node of a field's value, found by the field's name as FieldSetReader finds it (whatever its tag).
    private static YamlNode ValueOf(YamlMappingNode mapping, string name) =>
        mapping.Children.First(child => (child.Key as YamlScalarNode)?.Value == name).Value;

    // A time the clocks of the place skip when they go forward (02:30 on the night summer time starts in Berlin) never
    // happens there; a time they pass twice is taken as the earlier.
    private static bool Exists(ClockTime time, string zone, YamlNode node, ValueContext context)
    {
        if (!time.HasTime || DateTimeZoneProviders.Tzdb[zone].MapLocal(time.Value).Count > 0) return true;
        context.Error(DiagnosticCodes.InvalidDate, node,
            $"{time} does not happen in {zone}: the clocks go forward past it that night",
            "give the time as the clocks of the place show it once they have gone forward");
        return false;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => _record.ToJsonSchema(languages);
}
