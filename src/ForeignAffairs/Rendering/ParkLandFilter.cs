using ForeignAffairs.Content;
using ForeignAffairs.Validation;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What the parks directory's land filter can narrow by: the land still available, when some park gives it, and the
/// land rent, for each basis on which some park gives one (a currency and what the rent is for). Rents on different
/// bases are never compared: a reader sets a ceiling for one basis, and the parks that give a rent on another are not
/// shown.
/// </summary>
internal sealed class ParkLandFilter
{
    /// <summary>The fields of a park the filter reads: a change to one changes what the directory offers.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["area", "land_rent"];

    private ParkLandFilter(bool availableArea, IReadOnlyList<(string Currency, string Unit)> rentBases) =>
        (AvailableArea, RentBases) = (availableArea, rentBases);

    /// <summary>Whether some park gives the land it still has available.</summary>
    public bool AvailableArea { get; }

    /// <summary>
    /// The bases on which some park gives a rent, by currency, then unit, in the order the schema lists them.
    /// </summary>
    public IReadOnlyList<(string Currency, string Unit)> RentBases { get; }

    /// <summary>
    /// The filter for the parks of <paramref name="site"/>; null when no park gives a figure it narrows by.
    /// </summary>
    public static ParkLandFilter? For(Site site)
    {
        var parks = site.In(Collection.Parks);
        var available = parks.Any(p => Record(p, "area")?.ContainsKey("available_ha") == true);
        var bases = parks.Select(p => Record(p, "land_rent")).OfType<IReadOnlyDictionary<string, object>>()
            .Select(r => Basis(r)).Distinct()
            .OrderBy(b => ContentSchemas.RentCurrency.Values.TakeWhile(v => v != b.Currency).Count())
            .ThenBy(b => ContentSchemas.RentUnit.Values.TakeWhile(v => v != b.Unit).Count())
            .ToArray();
        return available || bases.Length > 0 ? new ParkLandFilter(available, bases) : null;
    }

    /// <summary>
    /// The filter as templates see it: <c>available_area</c>, and <c>rent_bases</c> with each one's currency and unit,
    /// which the directory's rows and its filter both write as <c>currency unit</c> (<c>usd m2-lease-term</c>).
    /// </summary>
    public ScriptObject ToScript() => new(StringComparer.Ordinal)
    {
        ["available_area"] = AvailableArea,
        ["rent_bases"] = new ScriptArray(RentBases.Select(b =>
            new ScriptObject(StringComparer.Ordinal) { ["currency"] = b.Currency, ["unit"] = b.Unit })),
    };

    private static (string Currency, string Unit) Basis(IReadOnlyDictionary<string, object> rent) =>
        ((string)rent["currency"], (string)rent["unit"]);

    private static IReadOnlyDictionary<string, object>? Record(Entry park, string field) =>
        park.Fields.GetValueOrDefault(field) as IReadOnlyDictionary<string, object>;
}
