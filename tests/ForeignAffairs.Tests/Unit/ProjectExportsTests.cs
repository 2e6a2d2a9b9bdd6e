using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Pipeline;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The open data exports are written from each project's own element and row, made once per entry: a rebuild keeps
/// those of the entries it kept and writes anew only those of the entries read again.
/// </summary>
public sealed class ProjectExportsTests
{
    private static readonly Site Sample = BuildPipeline.Load(RepositoryRoot.Path, null, new DiagnosticBag())!;

    [Fact]
    public void A_rebuild_keeps_the_exports_of_the_entries_it_kept_and_writes_a_changed_one_anew()
    {
        var before = ProjectExports.For(Sample, null);
        var changed = Sample.In(Collection.Projects)[1];
        var edited = changed with { Fields = new Dictionary<string, object>(changed.Fields) { ["area_ha"] = 99.5m } };
        var site = new Site(Sample.Root, Sample.Config,
            Sample.Entries.Select(e => ReferenceEquals(e, changed) ? edited : e));

        var after = ProjectExports.For(site, before);

        Assert.Equal(before.Items.Count, after.Items.Count);
        foreach (var (now, then) in after.Items.Zip(before.Items))
        {
            Assert.Equal(then.Record.Slug, now.Record.Slug);
            if (now.Record.Slug == changed.Key.Slug) Assert.NotSame(then, now);
            else Assert.Same(then, now);
        }
        Assert.False(after.SameAs(before));
        var element = JsonNode.Parse(after.Items.Single(p => p.Entry == edited).Json)!;
        Assert.Equal(99.5m, (decimal)element["area_ha"]!);
    }

    [Fact]
    public void Projects_read_again_with_the_same_facts_publish_the_same_open_data()
    {
        var before = ProjectExports.For(Sample, null);
        var again = BuildPipeline.Load(RepositoryRoot.Path, null, new DiagnosticBag())!;

        var after = ProjectExports.For(again, before);

        Assert.All(after.Items.Zip(before.Items), pair => Assert.NotSame(pair.First, pair.Second));
        Assert.True(after.SameAs(before));
        Assert.Equal(
            ProjectsJson.For(Sample.Config, before.Items).Content,
            ProjectsJson.For(again.Config, after.Items).Content);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(int.MaxValue)]
    public void The_elements_joined_are_what_one_writer_writes_for_the_whole_document(int projects)
    {
        var written = ProjectsJson.For(Sample.Config, ProjectExports.For(Sample, null).Items.Take(projects).ToArray())
            .Content;

        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions
            {
                Indented = true,
                NewLine = "\n",
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }))
        {
            JsonNode.Parse(written)!.WriteTo(writer);
        }
        stream.WriteByte((byte)'\n');
        Assert.Equal(System.Text.Encoding.UTF8.GetString(stream.ToArray()),
            System.Text.Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void The_file_is_one_json_document_with_every_project_in_slug_order()
    {
        var exports = ProjectExports.For(Sample, null);

        var json = JsonNode.Parse(ProjectsJson.For(Sample.Config, exports.Items).Content)!;

        var slugs = json["projects"]!.AsArray().Select(p => (string)p!["slug"]!).ToArray();
        Assert.Equal(Sample.In(Collection.Projects).Select(e => e.Key.Slug).Order(StringComparer.Ordinal), slugs);
    }
}
