namespace ForeignAffairs.Content;

/// <summary>Identifies an entry: its collection and slug, written <c>collection/slug</c>.</summary>
public sealed record EntryKey(Collection Collection, string Slug) : IComparable<EntryKey>
{
    /// <inheritdoc />
    public int CompareTo(EntryKey? other)
    {
        if (other is null) return 1;
        var byCollection = string.CompareOrdinal(Collection.Name, other.Collection.Name);
        return byCollection != 0 ? byCollection : string.CompareOrdinal(Slug, other.Slug);
    }

    /// <inheritdoc />
    public bool Equals(EntryKey? other) =>
        other is not null && ReferenceEquals(Collection, other.Collection) && string.Equals(Slug, other.Slug, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Collection.GetHashCode(), Slug.GetHashCode(StringComparison.Ordinal));

    /// <summary>The folder of the entry, relative to the site: <c>content/collection/slug</c>.</summary>
    public string Folder => $"content/{Collection.Name}/{Slug}";

    /// <inheritdoc />
    public override string ToString() => $"{Collection.Name}/{Slug}";
}
