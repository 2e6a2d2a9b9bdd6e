using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What a page was made from: the entry fields its templates read, the collections it lists whole, and the templates it
/// used, with what the cached partials it includes read (see <see cref="AnyPart"/>). A rebuild renders a page again
/// only when one of these changed.
/// </summary>
internal sealed class PageDependencies
{
    /// <summary>
    /// The field name that stands for the whole entry: a page that shows the entry itself depends on all of it.
    /// </summary>
    public const string Whole = "*";

    private readonly HashSet<(EntryKey Entry, string Field)> _fields = [];
    private readonly HashSet<Collection> _collections = [];
    private readonly HashSet<string> _templates = new(StringComparer.Ordinal);
    // Kept by reference, not copied: a table of 10,000 cached rows shares each row's reads with every page that lists
    // it.
    private readonly List<PageDependencies> _included = [];

    /// <summary>
    /// The entry fields read here, as the view's member names (<c>title</c>, <c>related</c>, <c>fields</c>...).
    /// </summary>
    public IReadOnlySet<(EntryKey Entry, string Field)> Fields => _fields;

    /// <summary>The collections depended on here as a whole: their members and their order.</summary>
    public IReadOnlySet<Collection> Collections => _collections;

    /// <summary>
    /// The templates used here, by name (<c>base</c>, <c>projects/entry</c>, <c>partials/header</c>).
    /// </summary>
    public IReadOnlySet<string> Templates => _templates;

    /// <summary>The cached partials whose reads are part of these, in the order they were included.</summary>
    internal IReadOnlyList<PageDependencies> Included => _included;

    /// <summary>
    /// The entries whose fields are read here, each once: what a rebuild looks up first, since a page or row reads
    /// several fields of each entry it names. Asked once the page or partial is rendered, and kept.
    /// </summary>
    internal ReadOnlySpan<EntryKey> Entries => _entries ??= _fields.Select(f => f.Entry).Distinct().ToArray();

    private EntryKey[]? _entries;

    /// <summary>
    /// Whether <paramref name="test"/> holds for these dependencies or for those of a cached partial included, each
    /// part with its own <see cref="Fields"/>, <see cref="Collections"/> and <see cref="Templates"/>: the page depends
    /// on all of them.
    /// </summary>
    internal bool AnyPart(Func<PageDependencies, bool> test)
    {
        if (test(this)) return true;
        // A partial's reads are complete before a page or another partial includes them, so parts never include each
        // other in a circle.
        foreach (var included in _included)
            if (included.AnyPart(test)) return true;
        return false;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with these dependencies and those of every cached partial included.
    /// </summary>
    internal void ForEachPart(Action<PageDependencies> visit) => AnyPart(part =>
    {
        visit(part);
        return false;
    });

    internal void Read(EntryKey entry, string field) => _fields.Add((entry, field));

    internal void List(Collection collection) => _collections.Add(collection);

    internal void Use(string template) => _templates.Add(template);

    /// <summary>
    /// Makes what <paramref name="other"/> depends on (what a cached partial read when it was rendered) part of these
    /// dependencies, by reference: <paramref name="other"/> must not change after.
    /// </summary>
    internal void Include(PageDependencies other)
    {
        // A table includes its rows one after another; a row included twice in a row is kept once.
        if (_included.Count > 0 && ReferenceEquals(_included[^1], other)) return;
        _included.Add(other);
    }
}
