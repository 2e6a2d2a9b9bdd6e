using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Pipeline;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A preview's rebuild after an edit of content alone puts the edited entries in the last site's places rather than
/// sorting and indexing every entry again: the site it gives is the one a full validation would give.
/// </summary>
public sealed class SiteUpdateTests
{
    private static readonly Site Sample = BuildPipeline.Load(RepositoryRoot.Path, null, new DiagnosticBag())!;

    [Fact]
    public void Entries_edited_in_content_alone_take_their_places_and_the_site_is_the_one_validation_would_make()
    {
        var project = Sample.In(Collection.Projects)[2];
        var province = Sample.Find((EntryKey)project.Fields["province"])!;
        var edits = new Dictionary<Entry, Entry>
        {
            [project] = WithField(project, "area_ha", 12.5m),
            [province] = province with
            {
                Title = new LocalizedText(null, new Dictionary<string, string> { ["en"] = "Renamed" }),
            },
        };
        var entries = Sample.Entries.Reverse().Select(e => edits.GetValueOrDefault(e) ?? e).ToArray();

        var updated = Sample.With(Sample.Config, entries);
        var rebuilt = new Site(Sample.Root, Sample.Config, entries, Sample.Drafts);

        Assert.NotNull(updated);
        Assert.Equal(rebuilt.Entries, updated.Entries);
        foreach (var collection in Collection.All) Assert.Equal(rebuilt.In(collection), updated.In(collection));
        foreach (var entry in rebuilt.Entries)
        {
            Assert.Same(rebuilt.Find(entry.Key), updated.Find(entry.Key));
            Assert.Equal(rebuilt.ReferencesTo(entry.Key), updated.ReferencesTo(entry.Key));
        }
        Assert.Contains(edits[project], updated.ReferencesTo(province.Key));
        Assert.DoesNotContain(project, updated.ReferencesTo(province.Key));
        // The entries it replaced are known without comparing every entry, and only against the site it came from.
        Assert.Equal(edits.Values.ToHashSet(), updated.ReplacedSince(Sample)!.ToHashSet());
        Assert.Null(updated.ReplacedSince(rebuilt));
        Assert.Null(rebuilt.ReplacedSince(Sample));
        // The site it came from is left as it was.
        Assert.Same(project, Sample.Find(project.Key));
        Assert.Contains(project, Sample.ReferencesTo(province.Key));
    }

    public static TheoryData<string> OrderChanges =>
        ["weight", "date", "references", "entry left out", "entry with errors"];

    [Theory]
    [MemberData(nameof(OrderChanges))]
    public void An_edit_that_can_change_the_order_or_the_references_makes_a_new_site(string change)
    {
        var news = Sample.In(Collection.News)[0];
        var project = Sample.In(Collection.Projects)[0];
        var otherProvince = Sample.In(Collection.Provinces).First(p => !p.Key.Equals(project.Fields["province"]));
        Entry? edited = change switch
        {
            "weight" => news with { Weight = news.Weight + 1 },
            "date" => news with { Date = news.Date!.Value.AddDays(-1) },
            "references" => WithField(project, "province", otherProvince.Key),
            _ => null,
        };
        var target = change == "weight" || change == "date" ? news : project;
        var entries = change == "entry left out"
            ? Sample.Entries.Where(e => e != target).ToArray<Entry?>()
            : Sample.Entries.Select(e => e == target ? edited : e).ToArray();

        Assert.Null(Sample.With(Sample.Config, entries));
    }

    // As validation makes an entry: its references come from its fields.
    private static Entry WithField(Entry entry, string name, object value) => new(
        entry.Key, entry.Title, entry.Summary, entry.Date,
        entry.Weight, new Dictionary<string, object>(entry.Fields) { [name] = value }, entry.Texts, entry.Resources);
}
