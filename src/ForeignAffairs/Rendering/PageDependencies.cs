using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What a page was made from: the entry fields its templates read, the collections it lists whole, and the templates it used.
/// A rebuild renders a page again only when one of these changed.
/// </summary>
public sealed class PageDependencies
{
    /// <summary>The field name that stands for the whole entry: a page that shows the entry itself depends on all of it.</summary>
    public const string Whole = "*";

    private readonly HashSet<(EntryKey Entry, string Field)> _fields = [];
    private readonly HashSet<Collection> _collections = [];
    private readonly HashSet<string> _templates = new(StringComparer.Ordinal);

    /// <summary>The entry fields read, as the view's member names (<c>title</c>, <c>related</c>, <c>fields</c>...).</summary>
    public IReadOnlySet<(EntryKey Entry, string Field)> Fields => _fields;

    /// <summary>The collections the page depends on as a whole: their members and their order.</summary>
    public IReadOnlySet<Collection> Collections => _collections;

    /// <summary>The templates used, by name (<c>base</c>, <c>projects/entry</c>, <c>partials/header</c>).</summary>
    public IReadOnlySet<string> Templates => _templates;

    internal void Read(EntryKey entry, string field) => _fields.Add((entry, field));

    internal void List(Collection collection) => _collections.Add(collection);

    internal void Use(string template) => _templates.Add(template);

    /// <summary>Adds everything <paramref name="other"/> depends on, such as what a cached partial read when it was rendered.</summary>
    internal void Include(PageDependencies other)
    {
        _fields.UnionWith(other._fields);
        _collections.UnionWith(other._collections);
        _templates.UnionWith(other._templates);
    }
}
