using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The search pages exist only with their index: Pagefind indexes every language when it can run, and without Node.js
/// or Pagefind the site is built without search pages or links, with a warning.
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages").WithSearchPages();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Without_pagefind_the_site_has_no_search_page_nor_link_and_says_why()
    {
        var built = _fixture.BuildSuccessfully();
        var warning = Assert.Single(built.Result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SearchUnavailable, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("content/site.yaml", warning.Location.Path);
        Assert.False(built.Has("en/search/index.html"));
        Assert.Null(built.Page("en/index.html").QuerySelector("#search-link"));
        Assert.False(Directory.Exists(Path.Combine(built.Output, "pagefind")));
    }

    [Fact]
    public void Search_can_be_turned_off_in_site_yaml()
    {
        File.AppendAllText(Path.Combine(_fixture.Root, "content/site.yaml"), "search: false\n");
        var built = _fixture.BuildSuccessfully();
        Assert.Empty(built.Result.Diagnostics);
        Assert.False(built.Has("ja/search/index.html"));
    }

    [Fact]
    public void With_pagefind_every_language_is_indexed_and_has_its_search_page()
    {
        UseRepositoryPagefind();

        var built = _fixture.BuildSuccessfully();
        Assert.Empty(built.Result.Diagnostics);
        foreach (var language in new[] { "en", "ja", "ko" })
        {
            Assert.Equal(language, built.Page($"{language}/search/index.html").DocumentElement.GetAttribute("lang"));
            Assert.Equal($"/invest/{language}/search/",
                built.Page($"{language}/index.html").QuerySelector("#search-link")!.GetAttribute("href"));
        }
        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(built.Output, "pagefind", "pagefind-entry.json")))!;
        Assert.Equal(["en", "ja", "ko"],
            entry["languages"]!.AsObject().Select(l => l.Key).Order(StringComparer.Ordinal));
        Assert.All(entry["languages"]!.AsObject(), l => Assert.True(l.Value!["page_count"]!.GetValue<int>() > 5));
    }

    [Fact]
    public void Languages_indexed_apart_make_the_index_one_run_over_the_site_makes()
    {
        var (apart, whole, parts) = IndexBothWays(pages => { });

        Assert.Equal(3, parts);
        AssertSameIndex(whole, apart);
        // Every language has its own part of the index, as a run over the whole site gives it.
        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(apart, "pagefind", "pagefind-entry.json")))!;
        Assert.Equal(["en", "ja", "ko"], entry["languages"]!.AsObject().Select(l => l.Key));
        Assert.False(Directory.Exists(Path.Combine(apart, ".pagefind-work")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_index_does_not_depend_on_the_order_the_pages_were_written_in(bool apart)
    {
        UseRepositoryPagefind();
        var built = _fixture.BuildSuccessfully();
        // Pages are written by several threads at once. On a file system that lists a folder in the order its files
        // were made (tmpfs, where /dev/shm is), Pagefind found them in that order and numbered them so.
        var scratch = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var copies = Path.Combine(scratch, $"fa-tests-search-order-{Guid.NewGuid():N}");
        try
        {
            var pages = Directory.GetFiles(built.Output, "*.html", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(built.Output, file)).Order(StringComparer.Ordinal).ToArray();
            var (first, last) = (Path.Combine(copies, "first-to-last"), Path.Combine(copies, "last-to-first"));
            foreach (var (copy, order) in new[] { (first, pages), (last, pages.Reverse().ToArray()) })
                foreach (var page in order)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, page))!);
                    File.Copy(Path.Combine(built.Output, page), Path.Combine(copy, page));
                }
            var index = SearchIndex.Find(_fixture.Root, null, ["en", "ja", "ko"], out _)!;
            index.PagesApart = apart ? 0 : int.MaxValue;
            foreach (var copy in new[] { first, last })
            {
                var diagnostics = new DiagnosticBag();
                Assert.True(index.Build(copy, diagnostics),
                    string.Join(Environment.NewLine, diagnostics.ToSortedList()));
                Assert.Equal(apart ? 3 : 1, index.PartsJoined);
            }

            AssertSameIndex(first, last);
            Assert.Equal(File.ReadAllText(Path.Combine(first, "pagefind", "pagefind-entry.json")),
                File.ReadAllText(Path.Combine(last, "pagefind", "pagefind-entry.json")));
        }
        finally
        {
            if (Directory.Exists(copies)) Directory.Delete(copies, recursive: true);
        }
    }

    // The English home page as a theme might write it: in another language than its folder's (the English and Japanese
    // parts would both hold a Japanese index), or with the part to index marked on it alone (one run indexes only that
    // part, of all the pages, where the Japanese and Korean parts alone would index the whole of theirs).
    [Theory]
    [InlineData("<html lang=\"en\"", "<html lang=\"ja\"", "en ja ko")]
    [InlineData("<body>", "<body><main data-pagefind-body>", "en")]
    public void Languages_that_would_not_index_as_one_run_does_are_indexed_in_one_run(
        string from, string to, string languages)
    {
        var (apart, whole, parts) = IndexBothWays(pages =>
        {
            var home = Path.Combine(pages, "en", "index.html");
            File.WriteAllText(home, File.ReadAllText(home).Replace(from, to));
        });

        Assert.Equal(1, parts);
        AssertSameIndex(whole, apart);
        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(apart, "pagefind", "pagefind-entry.json")))!;
        Assert.Equal(languages.Split(' '), entry["languages"]!.AsObject().Select(l => l.Key));
        Assert.False(Directory.Exists(Path.Combine(apart, ".pagefind-work")));
    }

    [Fact]
    public void A_page_removed_while_the_pages_are_linked_is_left_out()
    {
        var site = Path.Combine(_fixture.Root, "pages");
        _fixture.Write("pages/en/index.html", "<html lang=\"en\"><body><p>Investment</p></body></html>");
        var mirror = Path.Combine(_fixture.Root, "mirror");

        SearchBundle.Mirror(site, ["en/gone/index.html", "en/index.html"], mirror);

        Assert.Equal(["en/index.html"], Directory.GetFiles(mirror, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(mirror, file).Replace('\\', '/')));
        Assert.Equal(File.ReadAllText(Path.Combine(site, "en/index.html")),
            File.ReadAllText(Path.Combine(mirror, "en/index.html")));
    }

    // The site's pages indexed by a Pagefind per language and by one Pagefind over the site, each in a copy of its own
    // after edit has changed them; the two copies, and into how many parts the first was split and joined again.
    private (string Apart, string Whole, int Parts) IndexBothWays(Action<string> edit)
    {
        UseRepositoryPagefind();
        var built = _fixture.BuildSuccessfully();
        var (apart, whole) = (Path.Combine(_fixture.Root, "apart"), Path.Combine(_fixture.Root, "whole"));
        foreach (var copy in new[] { apart, whole })
        {
            FixtureSite.CopyFolder(built.Output, copy);
            Directory.Delete(Path.Combine(copy, "pagefind"), recursive: true);
            edit(copy);
        }
        var index = SearchIndex.Find(_fixture.Root, null, ["en", "ja", "ko"], out var missing)!;
        Assert.Null(missing);
        var parts = 0;
        foreach (var (copy, pagesApart) in new[] { (apart, 0), (whole, int.MaxValue) })
        {
            index.PagesApart = pagesApart;
            var diagnostics = new DiagnosticBag();
            Assert.True(index.Build(copy, diagnostics), string.Join(Environment.NewLine, diagnostics.ToSortedList()));
            parts = pagesApart == 0 ? index.PartsJoined : parts;
        }
        return (apart, whole, parts);
    }

    // The same files with the same bytes, but for the entry file, whose languages may come in another order.
    private static void AssertSameIndex(string expected, string actual)
    {
        static string[] Files(string site) =>
            Directory.GetFiles(Path.Combine(site, "pagefind"), "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(site, file)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            var (want, got) = (Path.Combine(expected, file), Path.Combine(actual, file));
            if (Path.GetFileName(file) == "pagefind-entry.json")
                Assert.True(
                    JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(want)), JsonNode.Parse(File.ReadAllText(got))),
                    File.ReadAllText(got));
            else Assert.True(File.ReadAllBytes(want).AsSpan().SequenceEqual(File.ReadAllBytes(got)), file);
        }
    }

    private void UseRepositoryPagefind()
    {
        var installed = Path.Combine(RepositoryRoot.Path, "node_modules");
        Assert.True(Directory.Exists(Path.Combine(installed, "pagefind")),
            "npm install has not been run in the repository");
        Directory.CreateSymbolicLink(Path.Combine(_fixture.Root, "node_modules"), installed);
    }
}
