namespace ForeignAffairs.Content;

/// <summary>A kind of entry the site knows: its folder under <c>content/</c> and its URL segment.</summary>
public sealed record Collection(string Name)
{
    /// <summary>Provinces: the regions that promote themselves.</summary>
    public static readonly Collection Provinces = new("provinces");
    /// <summary>Priority sectors for investment.</summary>
    public static readonly Collection Sectors = new("sectors");
    /// <summary>Free-trade agreements.</summary>
    public static readonly Collection Ftas = new("ftas");
    /// <summary>Investment projects calling for investors.</summary>
    public static readonly Collection Projects = new("projects");
    /// <summary>Dated news items.</summary>
    public static readonly Collection News = new("news");
    /// <summary>Stand-alone pages (about, contact...), published at <c>/&lt;lang&gt;/&lt;slug&gt;/</c>.</summary>
    public static readonly Collection Pages = new("pages");

    /// <summary>Every collection, in the order the site presents them.</summary>
    public static IReadOnlyList<Collection> All { get; } = [Provinces, Sectors, Projects, Ftas, News, Pages];

    /// <summary>The collection with this folder name, if any.</summary>
    public static Collection? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
