namespace ForeignAffairs.Content;

/// <summary>A kind of entry the site knows: its folder under <c>content/</c> and its URL segment.</summary>
/// <param name="Name">The folder name and URL segment.</param>
/// <param name="Optional">
/// Whether a site may go without it: without entries, it has no list page and no menu link, and a theme made before it
/// existed needs none of its strings.
/// </param>
/// <param name="Listed">Whether it has a list page: pages are each linked from the menu, and a list of them would be
/// linked from nowhere.</param>
internal sealed record Collection(string Name, bool Optional = false, bool Listed = true)
{
    /// <summary>Provinces: the regions that promote themselves.</summary>
    public static readonly Collection Provinces = new("provinces");
    /// <summary>Priority sectors for investment.</summary>
    public static readonly Collection Sectors = new("sectors");
    /// <summary>
    /// Industrial parks, economic zones, industrial clusters and hi-tech parks, where investors take land.
    /// </summary>
    public static readonly Collection Parks = new("parks", Optional: true);
    /// <summary>Foreign firms already invested in the provinces, each with its year, park and source.</summary>
    public static readonly Collection Stories = new("stories", Optional: true);
    /// <summary>
    /// Licensing procedures an investor goes through, step by step, each step with its agency, time and legal basis.
    /// </summary>
    public static readonly Collection Procedures = new("procedures", Optional: true);
    /// <summary>
    /// Conferences, forums and roadshows where investors meet the provinces, each with its time and place.
    /// </summary>
    public static readonly Collection Events = new("events", Optional: true);
    /// <summary>Free-trade agreements.</summary>
    public static readonly Collection Ftas = new("ftas");
    /// <summary>Investment projects calling for investors.</summary>
    public static readonly Collection Projects = new("projects");
    /// <summary>Dated news items.</summary>
    public static readonly Collection News = new("news");
    /// <summary>Stand-alone pages (about, contact...), published at <c>/&lt;lang&gt;/&lt;slug&gt;/</c>.</summary>
    public static readonly Collection Pages = new("pages", Listed: false);

    /// <summary>Every collection, in the order the site presents them.</summary>
    public static IReadOnlyList<Collection> All { get; } = [Provinces, Sectors, Projects, Parks, Stories, Procedures,
        Events, Ftas, News, Pages];

    /// <summary>
    /// The collections <paramref name="site"/> presents: every one but the optional ones it has no entries in.
    /// </summary>
    public static IReadOnlyList<Collection> Presented(Site site) =>
        All.Where(c => !c.Optional || site.In(c).Count > 0).ToArray();

    /// <summary>The collection with this folder name, if any.</summary>
    public static Collection? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    // There is one instance of each collection: equal means the same one. Entry keys, which hold a collection, are
    // hashed and compared for every lookup of an entry, thousands of times per rebuild on a large site.
    private readonly int _hash = Name.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public bool Equals(Collection? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override string ToString() => Name;
}
