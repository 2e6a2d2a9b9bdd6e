using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Incremental;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A live site, as the preview server keeps it: after an edit it renders only the pages that depend on what changed,
/// and its output is then byte for byte what a full build of the edited site writes, search index included.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private const string Project = "content/projects/bac-ninh-electronics-component-plots/index.yaml";
    private static readonly Uri Preview = new("http://127.0.0.1:8000/");
    private readonly SampleCopy _sample = new();
    private readonly LiveSite _live;

    public LiveSiteTests()
    {
        _live = new LiveSite(
            new BuildOptions(_sample.Root, Path.Combine(_sample.Root, "live"), Preview) { Today = SampleCopy.Today });
        var first = _live.Rebuild();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal("the first build", first.Reason);
        Assert.Equal(first.TotalPages, first.RenderedPages.Count);
    }

    public void Dispose() => _sample.Dispose();

    [Fact]
    public void An_edited_project_renders_its_pages_and_those_that_show_it_and_nothing_else()
    {
        _sample.Edit(Project, "investment_usd_million: 200", "investment_usd_million: 250");

        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        Assert.True(rebuild.RenderedPages.Count < rebuild.TotalPages / 2,
            $"{rebuild.RenderedPages.Count} of {rebuild.TotalPages} pages rendered");
        foreach (var language in new[] { "en", "ja", "ko" })
        {
            Assert.Contains($"{language}/projects/bac-ninh-electronics-component-plots/index.html",
                rebuild.RenderedPages);
            Assert.Contains($"{language}/provinces/bac-ninh/index.html", rebuild.RenderedPages);
            Assert.Contains($"{language}/sectors/electronics-high-tech/index.html", rebuild.RenderedPages);
            Assert.Contains($"{language}/projects/index.html", rebuild.RenderedPages);
            Assert.Contains($"{language}/index.html", rebuild.RenderedPages);
            // A province whose page shows none of that project's fields.
            Assert.DoesNotContain($"{language}/provinces/da-nang/index.html", rebuild.RenderedPages);
            Assert.DoesNotContain($"{language}/ftas/index.html", rebuild.RenderedPages);
            // The explorer's pages of other provinces and statuses list none of its projects' figures.
            Assert.DoesNotContain($"{language}/projects/province/da-nang/index.html", rebuild.RenderedPages);
            Assert.DoesNotContain($"{language}/projects/status/closed/index.html", rebuild.RenderedPages);
        }
        var json = File.ReadAllText(Path.Combine(_live.Output, "data/projects.json"));
        var exported = JsonNode.Parse(json)!["projects"]!.AsArray()
            .Single(p => (string?)p!["slug"] == "bac-ninh-electronics-component-plots")!;
        Assert.Equal(250, (int)exported["investment_usd_million"]!);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void An_image_added_and_then_replaced_is_published_at_new_addresses_as_in_a_full_build()
    {
        var folder = Path.GetDirectoryName(Project)!;
        File.WriteAllBytes(_sample.PathOf($"{folder}/aerial.jpg"), TestImages.Photograph(1200, 800));
        File.AppendAllText(_sample.PathOf(Project),
            "images:\n  - file: aerial.jpg\n    alt: {en: Aerial view, ja: 空撮, ko: 항공 사진}\n");
        _sample.Edit($"{folder}/en.md", "## Objectives", "![The plots](aerial.jpg)\n\n## Objectives");
        Rebuilt();
        var before = Directory.GetFiles(
            Path.Combine(_live.Output, "images", "projects", "bac-ninh-electronics-component-plots"));

        File.WriteAllBytes(_sample.PathOf($"{folder}/aerial.jpg"), TestImages.Photograph(1000, 800));
        var rebuild = Rebuilt();

        Assert.Contains("en/projects/bac-ninh-electronics-component-plots/index.html", rebuild.RenderedPages);
        var after = Directory.GetFiles(
            Path.Combine(_live.Output, "images", "projects", "bac-ninh-electronics-component-plots"));
        Assert.Empty(after.Intersect(before));
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void An_edited_park_renders_its_pages_and_those_that_list_it_and_rewrites_the_parks_open_data()
    {
        _sample.Edit("content/parks/vsip-nghe-an/index.yaml", "percent: 87", "percent: 90");

        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        foreach (var language in new[] { "en", "ja", "ko" })
        {
            Assert.Contains($"{language}/parks/vsip-nghe-an/index.html", rebuild.RenderedPages);
            Assert.DoesNotContain($"{language}/parks/kim-hoa/index.html", rebuild.RenderedPages);
            Assert.DoesNotContain($"{language}/projects/index.html", rebuild.RenderedPages);
        }
        var json = File.ReadAllText(Path.Combine(_live.Output, "data/parks.json"));
        var exported = JsonNode.Parse(json)!["parks"]!.AsArray()
            .Single(p => (string?)p!["slug"] == "vsip-nghe-an")!;
        Assert.Equal(90, (int)exported["occupancy"]!["percent"]!);
        Assert.Equal(FullBuild(), Snapshot());

        // The last park removed, the directory, its menu link and its open data go.
        _sample.RemoveParks();
        Assert.NotNull(Rebuilt().Reason);
        Assert.False(File.Exists(Path.Combine(_live.Output, "data/parks.json")));
        Assert.False(File.Exists(Path.Combine(_live.Output, "en/parks/index.html")));
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_park_that_changes_kind_or_investors_country_moves_between_the_directorys_views_as_in_a_full_build()
    {
        _sample.Edit("content/parks/kim-hoa/index.yaml", "kind: industrial-park", "kind: industrial-cluster");
        _sample.Edit("content/parks/kim-hoa/index.yaml", "country: {en: Japan, ja: 日本, ko: 일본}",
            "country: {en: Singapore, ja: シンガポール, ko: 싱가포르}");

        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        Assert.Contains("en/parks/kind/industrial-cluster/index.html", rebuild.RenderedPages);
        Assert.Contains("ja/parks/country/singapore/index.html", rebuild.RenderedPages);
        Assert.Contains("ko/parks/compare/index.html", rebuild.RenderedPages);
        Assert.False(File.Exists(Path.Combine(_live.Output, "en/parks/country/japan/index.html")));
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void An_edited_translation_renders_only_its_entry_and_writes_only_its_page()
    {
        _sample.Edit("content/projects/bac-ninh-electronics-component-plots/ja.md", "約2億米ドル", "約2億5,000万米ドル");

        var rebuild = Rebuilt();

        Assert.Equal(
            ["en/projects/bac-ninh-electronics-component-plots/index.html",
             "ja/projects/bac-ninh-electronics-component-plots/index.html",
             "ko/projects/bac-ninh-electronics-component-plots/index.html"],
            rebuild.RenderedPages.Order(StringComparer.Ordinal));
        Assert.Equal(1, rebuild.FilesWritten);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void Changes_to_titles_order_and_facets_give_what_a_full_build_gives()
    {
        _sample.Edit("content/sectors/electronics-high-tech/index.yaml", "en: Electronics and high technology",
            "en: Electronics and semiconductors");
        _sample.Edit("content/sectors/logistics/index.yaml", "weight: 50", "weight: 5");
        _sample.Edit("content/news/da-nang-foreign-affairs-review-2013/index.yaml", "date: 2014-01-15",
            "date: 2024-01-15");
        _sample.Edit(Project, "province: bac-ninh", "province: vinh-phuc");

        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        Assert.Contains("en/projects/province/vinh-phuc/index.html", rebuild.RenderedPages);
        Assert.Contains("ko/provinces/bac-ninh/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_changed_partial_renders_the_pages_that_include_it()
    {
        File.AppendAllText(_sample.PathOf("themes/default/layouts/partials/office.html"),
            "<p class=\"office-note\">{{ $office.name }}</p>\n");

        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        Assert.Contains("ja/provinces/bac-ninh/index.html", rebuild.RenderedPages);
        Assert.DoesNotContain("ja/news/index.html", rebuild.RenderedPages);
        Assert.All(rebuild.RenderedPages,
            path => Assert.Matches("^(en|ja|ko)/(projects|provinces)/[^/]+/index.html$", path));
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_changed_base_layout_renders_every_page()
    {
        _sample.Edit("themes/default/layouts/base.html", "</body>",
            "<p class=\"colophon\">{{ site.title }}</p>\n</body>");

        var rebuild = Rebuilt();

        // All but the root pages, which are whole documents of their own.
        Assert.Equal(rebuild.TotalPages - 2, rebuild.RenderedPages.Count);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_removed_entry_takes_its_pages_and_their_folders_with_it()
    {
        Directory.Delete(_sample.PathOf("content/projects/vinh-phuc-dong-thinh-industrial-cluster"), recursive: true);

        var rebuild = Rebuilt();

        Assert.Equal("entries were added or removed", rebuild.Reason);
        Assert.True(rebuild.FilesRemoved >= 3);
        Assert.False(Directory.Exists(
            Path.Combine(_live.Output, "ja/projects/vinh-phuc-dong-thinh-industrial-cluster")));
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_page_kept_through_other_rebuilds_is_rendered_again_when_what_it_reads_changes_later()
    {
        const string daNang = "content/provinces/da-nang/index.yaml";
        string[] daNangPages =
            ["en/provinces/da-nang/index.html", "ja/provinces/da-nang/index.html", "ko/provinces/da-nang/index.html"];
        // Rebuilds that render other pages (one after a changed partial, one failing) keep Đà Nẵng's pages as they
        // were...
        _sample.Edit(Project, "investment_usd_million: 200", "investment_usd_million: 250");
        Assert.DoesNotContain(Rebuilt().RenderedPages, daNangPages.Contains);
        File.AppendAllText(_sample.PathOf("themes/default/layouts/partials/office.html"),
            "<p class=\"office-note\">{{ $office.name }}</p>\n");
        Assert.Contains(Rebuilt().RenderedPages, daNangPages.Contains);
        _sample.Edit(Project, "status: open", "status: [open");
        Assert.False(_live.Rebuild().Succeeded);
        _sample.Edit(Project, "status: [open", "status: open");
        Assert.DoesNotContain(Rebuilt().RenderedPages, daNangPages.Contains);

        // ...and an edit to the city's own text renders them, and not the pages of another province.
        _sample.Edit(daNang, "strong in IT, high-tech industry and tourism",
            "strong in IT, high technology and tourism");
        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        Assert.All(daNangPages, page => Assert.Contains(page, rebuild.RenderedPages));
        Assert.DoesNotContain("en/provinces/bac-ninh/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_page_rendered_again_is_rendered_again_when_an_entry_it_reads_only_since_then_changes()
    {
        const string vinhPhuc = "content/provinces/vinh-phuc/index.yaml";
        const string projectPage = "en/projects/bac-ninh-electronics-component-plots/index.html";
        // Moved to Vĩnh Phúc, the project's page names that province's office, which it did not read before...
        _sample.Edit(Project, "province: bac-ninh", "province: vinh-phuc");
        Assert.Contains(projectPage, Rebuilt().RenderedPages);

        // ...so another name for the office is a change to the project's page.
        _sample.Edit(vinhPhuc, "(covering the former Vĩnh Phúc area)", "(for the former Vĩnh Phúc area)");
        var rebuild = Rebuilt();

        Assert.Null(rebuild.Reason);
        Assert.Contains(projectPage, rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_menu_page_renamed_is_renamed_in_the_menu_of_every_page()
    {
        // Every page shares one rendering of the menu per kind of page and section, cached: the new title must reach
        // them all.
        _sample.Edit("content/pages/about/index.yaml", "  en: About this portal\n", "  en: About the portal\n");

        var rebuild = Rebuilt();

        Assert.Contains("en/projects/bac-ninh-electronics-component-plots/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_broken_file_is_reported_and_the_last_good_output_stays_until_it_is_fixed()
    {
        var before = Snapshot();
        _sample.Edit(Project, "status: open", "status: [open");

        var broken = _live.Rebuild();

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Project, error.Location.Path);
        Assert.True(error.Location.Line > 0);
        Assert.Equal(before, Snapshot());

        _sample.Edit(Project, "status: [open", "status: negotiating");
        var fixedUp = Rebuilt();
        Assert.Contains("en/projects/status/open/index.html", fixedUp.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_link_that_fails_verification_and_is_taken_out_again_gives_what_a_full_build_gives()
    {
        // The pages verified by the failed rebuild stand in for the last good build's, which the next has again: the
        // preview let go of their HTML once they were published, so what was read of them must still be at hand.
        var text = $"{Path.GetDirectoryName(Project)}/en.md";
        _sample.Edit(text, "## Objectives", "See [the plan](#no-such-part).\n\n## Objectives");

        var broken = _live.Rebuild();

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.MissingFragment);
        _sample.Edit(text, "See [the plan](#no-such-part).\n\n## Objectives", "## Objectives");
        Rebuilt();
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_first_build_that_fails_leaves_nothing_beside_the_site_and_the_next_writes_what_a_full_build_writes()
    {
        // A first build writes its output whole: its pages go into a staging folder beside the output as they are
        // rendered, which takes the output's place only once the build succeeds.
        var output = _sample.PathOf("first");
        using var live = new LiveSite(new BuildOptions(_sample.Root, output, Preview) { Today = SampleCopy.Today });
        var text = $"{Path.GetDirectoryName(Project)}/en.md";
        _sample.Edit(text, "## Objectives", "See [the plan](#no-such-part).\n\n## Objectives");

        var broken = live.Rebuild();

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.MissingFragment);
        Assert.False(Directory.Exists(output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_sample.Root),
            entry => Path.GetFileName(entry).StartsWith(".first.", StringComparison.Ordinal));

        _sample.Edit(text, "See [the plan](#no-such-part).\n\n## Objectives", "## Objectives");
        var fixedUp = live.Rebuild();

        Assert.True(fixedUp.Succeeded, string.Join('\n', fixedUp.Diagnostics));
        Assert.Equal(fixedUp.TotalPages, fixedUp.RenderedPages.Count);
        Assert.Equal(FullBuild(), OutputSnapshot.Of(output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_sample.Root),
            entry => Path.GetFileName(entry).StartsWith(".first.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_written_another_way_is_written_that_way()
    {
        _sample.Edit(Project, "investment_usd_million: 200", "investment_usd_million: 200.0");

        var rebuild = Rebuilt();

        Assert.Contains("en/projects/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_file_replaced_by_one_of_the_same_size_and_time_is_copied_when_reported()
    {
        var brochure = _sample.PathOf("content/projects/bac-ninh-electronics-component-plots/brochure.txt");
        File.WriteAllText(brochure, "Brochure version A\n");
        Rebuilt();
        var time = File.GetLastWriteTimeUtc(brochure);
        // As cp -p, tar or unzip replace a file: other bytes, same length and time.
        File.WriteAllText(brochure, "Brochure version B\n");
        File.SetLastWriteTimeUtc(brochure, time);

        var rebuild = _live.Rebuild(touched: ["content/projects/bac-ninh-electronics-component-plots/brochure.txt"]);

        Assert.True(rebuild.Succeeded);
        Assert.Equal("Brochure version B\n",
            File.ReadAllText(
                Path.Combine(_live.Output, "ja/projects/bac-ninh-electronics-component-plots/brochure.txt")));
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void With_changes_reported_as_the_watcher_reports_them_only_the_reported_folders_are_read_again()
    {
        // A first reported rebuild, then edits in two entries, each reported: both are seen, as a full build sees them.
        Rebuilt(touched: []);
        _sample.Edit(Project, "investment_usd_million: 200", "investment_usd_million: 250");
        _sample.Edit("content/provinces/da-nang/en.md", "main port city", "main port");

        var rebuild = Rebuilt(touched: [Project, "content/provinces/da-nang/en.md"]);

        Assert.Contains("en/provinces/da-nang/index.html", rebuild.RenderedPages);
        Assert.Contains("en/projects/bac-ninh-electronics-component-plots/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void Reported_entries_added_removed_or_renamed_and_stray_files_are_seen_as_a_full_build_sees_them()
    {
        Rebuilt(touched: []);
        // A new entry, reported only by its files, as a watcher that missed the folder's creation would.
        var copy = "content/projects/bac-ninh-inland-container-depot-phase-2";
        CopyFolder("content/projects/bac-ninh-inland-container-depot", copy);
        var added = Rebuilt(touched: [$"{copy}/index.yaml", $"{copy}/en.md"]);
        Assert.Contains("en/projects/bac-ninh-inland-container-depot-phase-2/index.html", added.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());

        // An entry removed, reported by its folder; then one renamed, reported by both names.
        Directory.Delete(_sample.PathOf(copy), recursive: true);
        Rebuilt(touched: [copy]);
        Assert.Equal(FullBuild(), Snapshot());
        Assert.False(File.Exists(
            Path.Combine(_live.Output, "en/projects/bac-ninh-inland-container-depot-phase-2/index.html")));
        const string before = "content/projects/vinh-phuc-dong-thinh-industrial-cluster",
            after = "content/projects/vinh-phuc-dong-thinh";
        Directory.Move(_sample.PathOf(before), _sample.PathOf(after));
        Rebuilt(touched: [before, after]);
        Assert.True(File.Exists(Path.Combine(_live.Output, "en/projects/vinh-phuc-dong-thinh/index.html")));
        Assert.Equal(FullBuild(), Snapshot());

        // A stray file beside the entries is reported as a full build reports it.
        _sample.Write("content/projects/notes.txt", "a note\n");
        var stray = _live.Rebuild(touched: ["content/projects/notes.txt"]);
        var full = SiteBuilder.Build(new BuildOptions(_sample.Root, Write: false) { Today = SampleCopy.Today });
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), stray.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(stray.Diagnostics, d => d.Location.Path == "content/projects/notes.txt");
    }

    [Fact]
    public void A_warning_about_an_entrys_text_is_reported_by_every_rebuild_also_those_that_do_not_render_it_again()
    {
        // Raw HTML that the build removes is a warning about the text, reported where the text is rendered.
        _sample.Edit("content/projects/da-nang-software-park-expansion/en.md", "## Objectives\n\n",
            "## Objectives\n\n<script>alert(1)</script>\n\n");
        var warned = Rebuilt(touched: ["content/projects/da-nang-software-park-expansion/en.md"]);
        var warning = Assert.Single(warned.Diagnostics, d => d.Code == DiagnosticCodes.RawHtmlRemoved);

        // An edit elsewhere renders neither that text nor its page again; the warning stands, as in a full build.
        _sample.Edit(Project, "investment_usd_million: 200", "investment_usd_million: 250");
        var rebuild = Rebuilt(touched: [Project]);
        Assert.DoesNotContain(rebuild.RenderedPages,
            p => p.Contains("da-nang-software-park-expansion", StringComparison.Ordinal));
        var full = SiteBuilder.Build(new BuildOptions(_sample.Root, Write: false) { Today = SampleCopy.Today });
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), rebuild.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(warning.ToString(),
            Assert.Single(rebuild.Diagnostics, d => d.Code == DiagnosticCodes.RawHtmlRemoved).ToString());

        // Once the text is fixed, the warning goes.
        _sample.Edit("content/projects/da-nang-software-park-expansion/en.md", "<script>alert(1)</script>\n\n", "");
        Assert.DoesNotContain(Rebuilt(touched: ["content/projects/da-nang-software-park-expansion/en.md"]).Diagnostics,
            d => d.Code == DiagnosticCodes.RawHtmlRemoved);
    }

    private void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(_sample.PathOf(from), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_sample.PathOf(to), Path.GetRelativePath(_sample.PathOf(from), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void A_file_that_becomes_a_folder_is_replaced_by_it()
    {
        var notes = _sample.PathOf("content/projects/bac-ninh-electronics-component-plots/notes");
        File.WriteAllText(notes, "notes\n");
        Rebuilt();
        File.Delete(notes);
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "a.txt"), "a\n");
        _sample.Edit(Project, "investment_usd_million: 200", "investment_usd_million: 250");

        Rebuilt();

        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_page_that_writes_a_whole_entry_as_structured_data_depends_on_all_of_it()
    {
        File.AppendAllText(_sample.PathOf("themes/default/layouts/entry.html"),
            "{{ if page.entry.key == \"pages/about\" }}{{ json_ld (get_entry \"ftas/evfta\") }}" +
            "{{ for member in (get_entry \"ftas/cptpp\") }}{{ member.key }}{{ end }}{{ end }}\n");
        Rebuilt();
        _sample.Edit("content/ftas/evfta/index.yaml", "summary:\n  en: ", "summary:\n  en: Revised. ");
        _sample.Edit("content/ftas/cptpp/index.yaml", "weight: ", "weight: 1");

        var rebuild = Rebuilt();

        Assert.Contains("en/about/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_page_that_walks_a_whole_entry_depends_on_all_of_it_and_on_its_related_entries()
    {
        File.AppendAllText(_sample.PathOf("themes/default/layouts/entry.html"),
            "{{ if page.entry.key == \"pages/about\" }}<pre id=\"walk\">" +
            "{{ for m in (get_entry \"sectors/logistics\") }}" +
            "{{ if m.key == \"related\" }}{{ m.value.projects.size }}{{ end }}{{ end }}</pre>" +
            "<pre id=\"values\">{{ object.values (get_entry \"sectors/tourism\") | array.size }}" +
            "{{ object.has_value (get_entry \"sectors/tourism\") \"summary\" }}</pre>{{ end }}\n");
        Rebuilt();
        _sample.Edit(Project, "sectors:\n  - electronics-high-tech",
            "sectors:\n  - electronics-high-tech\n  - logistics");
        var tourism = _sample.PathOf("content/sectors/tourism/index.yaml");
        File.WriteAllText(tourism, Regex.Replace(File.ReadAllText(tourism), @"(?m)^summary:\n(  .*\n)+", ""));

        var rebuild = Rebuilt();

        Assert.Contains("en/about/index.html", rebuild.RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());
    }

    [Theory]
    [InlineData("{{ page.entry.related.projects[0] = page.entry.related.projects[1] }}",
        "this list is shared by every page")]
    [InlineData("{{ site.title = \"Changed\" }}", "'title' cannot be set here")]
    [InlineData("{{ with page.entry }}{{ label = title }}{{ end }}", "'label' cannot be set here")]
    public void A_template_that_changes_shared_data_stops_with_a_clear_error(string statement, string message)
    {
        var template = _sample.PathOf("themes/default/layouts/provinces/entry.html");
        File.WriteAllText(template, statement + "\n" + File.ReadAllText(template));

        var rebuild = _live.Rebuild();

        var error = Assert.Single(rebuild.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal("themes/default/layouts/provinces/entry.html", error.Location.Path);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_entry_given_its_first_text_gives_what_a_full_build_gives()
    {
        // An entry with a title but no text yet, as one is before its Markdown is written.
        foreach (var language in new[] { "en", "ja", "ko" })
            File.Delete(_sample.PathOf($"content/sectors/tourism/{language}.md"));
        Rebuilt();
        File.WriteAllText(_sample.PathOf("content/sectors/tourism/en.md"), "Resorts and heritage sites.\n");

        Rebuilt();

        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_template_cannot_change_what_other_pages_see()
    {
        File.WriteAllText(_sample.PathOf("themes/default/layouts/provinces/entry.html"),
            "{{ page.entry.related.projects = array.reverse page.entry.related.projects }}\n" +
            File.ReadAllText(_sample.PathOf("themes/default/layouts/provinces/entry.html")));

        var rebuild = _live.Rebuild();

        var error = Assert.Single(rebuild.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal("themes/default/layouts/provinces/entry.html", error.Location.Path);
    }

    [Fact]
    public void Texts_rendered_for_settings_that_did_not_build_are_not_reused()
    {
        const string video = "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>";
        File.AppendAllText(_sample.PathOf("content/pages/about/en.md"), $"\n{video}\n");
        Rebuilt();
        var siteYaml = File.ReadAllText(_sample.PathOf("content/site.yaml"));
        var template = File.ReadAllText(_sample.PathOf("themes/default/layouts/entry.html"));
        // The video's host allowed, in a build that then fails in a template.
        File.AppendAllText(_sample.PathOf("content/site.yaml"), "iframe_hosts: [www.youtube-nocookie.com]\n");
        File.WriteAllText(_sample.PathOf("themes/default/layouts/entry.html"),
            "{{ page.entry.related.news = [] }}\n" + template);
        Assert.False(_live.Rebuild().Succeeded);

        // Back to the settings of the last good build, with a template change that renders the page with the video
        // again.
        File.WriteAllText(_sample.PathOf("content/site.yaml"), siteYaml);
        File.WriteAllText(_sample.PathOf("themes/default/layouts/entry.html"), template + "<!-- revised -->\n");
        Assert.Contains("en/about/index.html", Rebuilt().RenderedPages);

        Assert.Equal(FullBuild(), Snapshot());
    }

    [Fact]
    public void A_rebuild_without_changes_renders_and_writes_nothing()
    {
        var rebuild = Rebuilt();

        Assert.Empty(rebuild.RenderedPages);
        Assert.Equal(0, rebuild.FilesWritten);
        Assert.False(rebuild.SearchStale);
    }

    [Fact]
    public void An_override_of_a_built_in_partial_added_edited_and_removed_renders_the_pages_that_include_it()
    {
        var original = UseBuiltInTheme();
        const string office = "themes/default/layouts/partials/office.html";
        var builtIn = Text(Rendering.BuiltInTheme.Read("layouts/partials/office.html"));

        _sample.Write(office, builtIn + "<p class=\"office-note\">{{ $office.name }}</p>\n");
        var added = Rebuilt(touched: ["themes"]);
        Assert.Null(added.Reason);
        Assert.Contains("ja/provinces/bac-ninh/index.html", added.RenderedPages);
        Assert.All(added.RenderedPages,
            path => Assert.Matches("^(en|ja|ko)/(projects|provinces)/[^/]+/index.html$", path));
        Assert.Equal(FullBuild(), Snapshot());

        _sample.Write(office, builtIn + "<p class=\"office-note\">{{ $office.email }}</p>\n");
        Assert.Contains("ja/provinces/bac-ninh/index.html", Rebuilt(touched: [office]).RenderedPages);
        Assert.Equal(FullBuild(), Snapshot());

        Directory.Delete(_sample.PathOf("themes"), recursive: true);
        var removed = Rebuilt(touched: ["themes"]);
        Assert.Null(removed.Reason);
        Assert.Contains("ja/provinces/bac-ninh/index.html", removed.RenderedPages);
        Assert.Equal(original, Snapshot());
    }

    [Fact]
    public void An_overriding_ui_string_renders_every_page_and_without_it_the_built_in_string_is_back()
    {
        var original = UseBuiltInTheme();
        _sample.Write("themes/default/i18n/ja.yaml", "nav:\n  home: トップ\n");

        Assert.Equal("templates or UI strings were added or removed", Rebuilt(touched: ["themes"]).Reason);
        var crumb = new AngleSharp.Html.Parser.HtmlParser()
            .ParseDocument(File.ReadAllText(Path.Combine(_live.Output, "ja/ftas/index.html")))
            .QuerySelector("nav.breadcrumb a");
        Assert.Equal("トップ", crumb?.TextContent.Trim());
        Assert.Equal(FullBuild(), Snapshot());

        File.Delete(_sample.PathOf("themes/default/i18n/ja.yaml"));
        Rebuilt(touched: ["themes/default/i18n/ja.yaml"]);
        Assert.Equal(original, Snapshot());
    }

    [Fact]
    public void An_overriding_asset_is_published_in_place_of_the_built_in_one_until_it_is_removed()
    {
        var original = UseBuiltInTheme();
        const string css = "themes/default/assets/site.css";
        _sample.Write(css,
            Text(Rendering.BuiltInTheme.Read("assets/site.css")) + ".office-note { font-weight: bold; }\n");

        var added = Rebuilt(touched: ["themes"]);

        Assert.Empty(added.RenderedPages);
        Assert.Equal(File.ReadAllBytes(_sample.PathOf(css)),
            File.ReadAllBytes(Path.Combine(_live.Output, "assets/site.css")));
        Assert.Equal(FullBuild(), Snapshot());
        File.Delete(_sample.PathOf(css));
        Rebuilt(touched: [css]);
        Assert.Equal(original, Snapshot());
    }

    // The sample without its copy of the default theme, which the built-in theme replaces: the output does not change.
    private SortedDictionary<string, string> UseBuiltInTheme()
    {
        var before = Snapshot();
        Directory.Delete(_sample.PathOf("themes"), recursive: true);
        Rebuilt();
        Assert.Equal(before, Snapshot());
        return before;
    }

    private static string Text(ReadOnlyMemory<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes.Span);

    private RebuildResult Rebuilt(IEnumerable<string>? touched = null)
    {
        var rebuild = _live.Rebuild(touched: touched);
        Assert.True(rebuild.Succeeded, string.Join('\n', rebuild.Diagnostics));
        if (rebuild.SearchStale)
        {
            var diagnostics = new DiagnosticBag();
            Assert.True(_live.RefreshSearch(diagnostics), string.Join('\n', diagnostics.ToSortedList()));
        }
        return rebuild;
    }

    private SortedDictionary<string, string> Snapshot() => OutputSnapshot.Of(_live.Output);

    private SortedDictionary<string, string> FullBuild()
    {
        var output = Path.Combine(_sample.Root, "full");
        var result = SiteBuilder.Build(new BuildOptions(_sample.Root, output, Preview) { Today = SampleCopy.Today });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return OutputSnapshot.Of(output);
    }
}
