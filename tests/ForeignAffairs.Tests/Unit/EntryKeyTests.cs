using ForeignAffairs.Content;

namespace ForeignAffairs.Tests.Unit;

/// <summary>An entry's key is found in sets and tables by its collection and slug, however it was made.</summary>
public sealed class EntryKeyTests
{
    [Fact]
    public void A_key_made_from_another_with_a_new_slug_is_found_as_that_slug_and_not_as_the_old_one()
    {
        var original = new EntryKey(Collection.Projects, "old-slug");
        var keys = new HashSet<EntryKey> { original };

        var renamed = original with { Slug = "new-slug" };

        Assert.Equal(new EntryKey(Collection.Projects, "new-slug").GetHashCode(), renamed.GetHashCode());
        Assert.Contains(renamed, new HashSet<EntryKey> { new(Collection.Projects, "new-slug") });
        Assert.DoesNotContain(renamed, keys);
        Assert.Contains(new EntryKey(Collection.Projects, "old-slug"), keys);
    }

    [Fact]
    public void Keys_of_the_same_slug_in_other_collections_differ()
    {
        var project = new EntryKey(Collection.Projects, "bac-ninh");
        var keys = new HashSet<EntryKey> { project };
        var moved = project with { Collection = Collection.Provinces };

        Assert.NotEqual(project, moved);
        Assert.DoesNotContain(moved, keys);
        Assert.Contains(moved, new HashSet<EntryKey> { new(Collection.Provinces, "bac-ninh") });
    }
}
