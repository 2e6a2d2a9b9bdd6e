using System.Globalization;
using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// A procedure step's time limit: at most <c>max</c> days or working days, and at least <c>min</c> when its legal basis
/// gives a range. A range that ends before it starts is reported at its <c>min</c>.
/// </summary>
internal sealed class TimeLimitType(ChoiceType units) : FieldType
{
    private static readonly NumberType Days = new(wholeOnly: true, minimum: 0);

    private readonly RecordType _record = new("a time limit",
        new FieldSchema("min", Days, false, "the shortest time, when the legal basis gives a range"),
        new FieldSchema("max", Days, true, "the time limit the legal basis sets"),
        new FieldSchema("unit", units, true, "days or working-days"));

    /// <inheritdoc />
    public override string Description => _record.Description;

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        var value = _record.Read(node, context);
        if (value is IReadOnlyDictionary<string, object> time && time.TryGetValue("min", out var min)
            && time.TryGetValue("max", out var max)
            && Convert.ToInt64(min, CultureInfo.InvariantCulture) > Convert.ToInt64(max, CultureInfo.InvariantCulture)
            && node is YamlMappingNode mapping
            && mapping.Children.TryGetValue(new YamlScalarNode("min"), out var minNode))
        {
            context.Error(DiagnosticCodes.RangeReversed, minNode,
                $"the shortest time ({min}) is longer than the time limit ({max})",
                "swap the two, or give 'max' alone when the legal basis sets only a limit");
        }
        return value;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => _record.ToJsonSchema(languages);
}
