namespace ForeignAffairs.Content;

/// <summary>Identifies an entry: its collection and slug, written <c>collection/slug</c>.</summary>
internal sealed record EntryKey(Collection Collection, string Slug) : IComparable<EntryKey>
{
    // Keys are looked up many times for each entry and page; the hash is worked out once, and again after a with.
    private int _hash;

    /// <summary>The collection.</summary>
    public Collection Collection { get; init { field = value; _hash = 0; } } = Collection;

    /// <summary>The entry's folder name.</summary>
    public string Slug { get; init { field = value; _hash = 0; } } = Slug;

    /// <inheritdoc />
    public int CompareTo(EntryKey? other)
    {
        if (other is null) return 1;
        var byCollection = string.CompareOrdinal(Collection.Name, other.Collection.Name);
        return byCollection != 0 ? byCollection : string.CompareOrdinal(Slug, other.Slug);
    }

    /// <inheritdoc />
    public bool Equals(EntryKey? other) =>
        other is not null && ReferenceEquals(Collection, other.Collection)
            && string.Equals(Slug, other.Slug, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash == 0)
            _hash = HashCode.Combine(Collection.GetHashCode(), Slug.GetHashCode(StringComparison.Ordinal)) | 1;
        return _hash;
    }

    /// <summary>The folder of the entry, relative to the site: <c>content/collection/slug</c>.</summary>
    public string Folder => $"content/{Collection.Name}/{Slug}";

    /// <inheritdoc />
    public override string ToString() => $"{Collection.Name}/{Slug}";
}
