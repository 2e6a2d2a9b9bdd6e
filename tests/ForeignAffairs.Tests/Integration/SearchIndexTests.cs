using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The search pages exist only with their index: Pagefind indexes every language when it can run, and without Node.js or
/// Pagefind the site is built without search pages or links, with a warning.
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
        var installed = Path.Combine(RepositoryRoot.Path, "node_modules");
        Assert.True(Directory.Exists(Path.Combine(installed, "pagefind")), "npm install has not been run in the repository");
        Directory.CreateSymbolicLink(Path.Combine(_fixture.Root, "node_modules"), installed);

        var built = _fixture.BuildSuccessfully();
        Assert.Empty(built.Result.Diagnostics);
        foreach (var language in new[] { "en", "ja", "ko" })
        {
            Assert.Equal(language, built.Page($"{language}/search/index.html").DocumentElement.GetAttribute("lang"));
            Assert.Equal($"/invest/{language}/search/", built.Page($"{language}/index.html").QuerySelector("#search-link")!.GetAttribute("href"));
        }
        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(built.Output, "pagefind", "pagefind-entry.json")))!;
        Assert.Equal(["en", "ja", "ko"], entry["languages"]!.AsObject().Select(l => l.Key).Order(StringComparer.Ordinal));
        Assert.All(entry["languages"]!.AsObject(), l => Assert.True(l.Value!["page_count"]!.GetValue<int>() > 5));
    }
}
