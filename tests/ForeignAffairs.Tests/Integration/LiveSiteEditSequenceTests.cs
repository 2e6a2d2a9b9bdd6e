using System.Text.RegularExpressions;
using ForeignAffairs.Incremental;
using ForeignAffairs.Tests.Support;
using Xunit.Abstractions;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Property: after any sequence of an editor's edits to the sample site (figures, statuses, provinces, sectors, order,
/// dates, titles, text, translations, files beside entries, templates, entries removed), each rebuild of a live site
/// leaves its output byte for byte what a full build of the edited site writes. The edits are drawn from a seeded
/// random source, and a failure names the seed and the edits, so that it can be replayed.
/// </summary>
public sealed class LiveSiteEditSequenceTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Uri Preview = new("http://127.0.0.1:8000/");
    private static readonly string[] Statuses = ["open", "negotiating", "awarded", "closed"];
    private readonly SampleCopy _sample = new();

    public void Dispose() => _sample.Dispose();

    [Theory]
    [InlineData(20261124)]
    [InlineData(7)]
    public void Every_rebuild_equals_a_full_build(int seed)
    {
        // Without search, so that the comparison is of the generator's own output.
        File.AppendAllText(_sample.PathOf("content/site.yaml"), "search: false\n");
        var random = new Random(seed);
        var live = new LiveSite(
            new BuildOptions(_sample.Root, _sample.PathOf("live"), Preview) { Today = SampleCopy.Today });
        Assert.True(live.Rebuild().Succeeded);
        var done = new List<string>();

        for (var step = 0; step < 8; step++)
        {
            var edits = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Edit(random)).ToArray();
            done.AddRange(edits.Select(e => $"step {step}: {e}"));
            var rebuild = live.Rebuild();
            var context = $"seed {seed}\n{string.Join('\n', done)}";
            Assert.True(rebuild.Succeeded, context + "\n" + string.Join('\n', rebuild.Diagnostics));
            output.WriteLine($"step {step}: rendered {rebuild.RenderedPages.Count} of {rebuild.TotalPages} pages " +
                $"({rebuild.Reason ?? "some"}): {string.Join("; ", edits)}");

            AssertSameAsFullBuild(live, context);
        }
    }

    [Fact]
    public void Marking_projects_as_examples_or_not_rebuilds_the_page_of_real_listings_as_a_full_build_does()
    {
        File.AppendAllText(_sample.PathOf("content/site.yaml"), "search: false\n");
        var live = new LiveSite(
            new BuildOptions(_sample.Root, _sample.PathOf("live"), Preview) { Today = SampleCopy.Today });
        Assert.True(live.Rebuild().Succeeded);
        var examples = Slugs("projects").Where(p => File.ReadAllText(_sample.PathOf($"content/projects/{p}/index.yaml"))
            .Contains("\nexample: true", StringComparison.Ordinal)).ToArray();
        var real = Slugs("projects").Except(examples).First();

        File.AppendAllText(_sample.PathOf($"content/projects/{real}/index.yaml"), "example: true\n");
        Assert.True(live.Rebuild().Succeeded);
        AssertSameAsFullBuild(live, $"{real} marked as an example");

        // With no example left, the real listings are all the projects, and their page goes.
        foreach (var project in Slugs("projects"))
            Replace($"content/projects/{project}/index.yaml", "(?m)^example: true$", "example: false");
        Assert.True(live.Rebuild().Succeeded);
        AssertSameAsFullBuild(live, "no example left");
        Assert.False(File.Exists(_sample.PathOf("live/en/projects/listing/real/index.html")));
    }

    private void AssertSameAsFullBuild(LiveSite live, string context)
    {
        var full = _sample.PathOf("full");
        var result = SiteBuilder.Build(new BuildOptions(_sample.Root, full, Preview) { Today = SampleCopy.Today });
        Assert.True(result.Succeeded, context + "\n" + string.Join('\n', result.Diagnostics));
        var expected = OutputSnapshot.Of(full);
        var actual = OutputSnapshot.Of(live.Output);
        var differences = expected.Keys.Union(actual.Keys)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.True(differences.Length == 0,
            $"{context}\nthe live output differs from a full build in: {string.Join(", ", differences)}");
    }

    // One edit an editor could make, applied to the site; returns what it did.
    private string Edit(Random random)
    {
        var projects = Slugs("projects");
        var project = $"content/projects/{Pick(random, projects)}/index.yaml";
        switch (random.Next(13))
        {
            case 0:
                return Replace(project, "(?m)^investment_usd_million: .*$",
                    $"investment_usd_million: {random.Next(5, 3000)}");
            case 1:
                return Replace(project, "(?m)^status: .*$", $"status: {Pick(random, Statuses)}");
            case 2:
                return Replace(project, "(?m)^province: .*$", $"province: {Pick(random, Slugs("provinces"))}");
            case 3:
                var sectors = Slugs("sectors").OrderBy(_ => random.Next()).Take(random.Next(1, 3));
                return Replace(project, @"(?m)^sectors:\n(  - .*\n)+",
                    $"sectors:\n{string.Concat(sectors.Select(s => $"  - {s}\n"))}");
            case 4:
                var collection = Pick(random, new[] { "projects", "sectors", "provinces", "ftas", "pages" });
                return Replace($"content/{collection}/{Pick(random, Slugs(collection))}/index.yaml",
                    "(?m)^weight: .*$", $"weight: {random.Next(1, 200)}");
            case 5:
                return Replace($"content/news/{Pick(random, Slugs("news"))}/index.yaml", "(?m)^date: .*$",
                    $"date: {new DateOnly(2012, 1, 1).AddDays(random.Next(5000)):yyyy-MM-dd}");
            case 6:
                var named = Pick(random, new[] { "sectors", "provinces" });
                return Replace($"content/{named}/{Pick(random, Slugs(named))}/index.yaml", "(?m)^  en: (.*)$",
                    $"  en: $1 {random.Next(100)}");
            case 7:
                var language = Pick(random, new[] { "en", "ja", "ko" });
                var text = $"content/projects/{Pick(random, projects)}/{language}.md";
                File.AppendAllText(_sample.PathOf(text), $"\nAdded paragraph {random.Next(1000)}.\n");
                return $"appended a paragraph to {text}";
            case 8:
                var partials = Directory.GetFiles(_sample.PathOf("themes/default/layouts/partials"))
                    .Select(Path.GetFileName).OfType<string>().ToArray();
                var partial = $"themes/default/layouts/partials/{Pick(random, partials)}";
                File.AppendAllText(_sample.PathOf(partial), $"<!-- {random.Next(1000)} -->\n");
                return $"appended a comment to {partial}";
            case 9:
                var resource = $"content/projects/{Pick(random, projects)}/brochure.txt";
                if (File.Exists(_sample.PathOf(resource)))
                {
                    File.Delete(_sample.PathOf(resource));
                    return $"removed {resource}";
                }
                File.WriteAllText(_sample.PathOf(resource), $"Brochure {random.Next(1000)}\n");
                return $"added {resource}";
            case 10:
                // A translation emptied is one no longer written: its pages fall back to the default language.
                var translated = $"content/news/{Pick(random, Slugs("news"))}/{Pick(random, new[] { "ja", "ko" })}.md";
                File.WriteAllText(_sample.PathOf(translated), "");
                return $"emptied {translated}";
            case 11:
                // An event's day moves it between the events to come and those past, and reorders the lists that show
                // it.
                var events = Slugs("events")
                    .Where(e => !File.ReadAllText(_sample.PathOf($"content/events/{e}/index.yaml"))
                        .Contains("  end:", StringComparison.Ordinal)).ToArray();
                return Replace($"content/events/{Pick(random, events)}/index.yaml", "(?m)^  start: .*$",
                    $"  start: {new DateOnly(2022, 1, 1).AddDays(random.Next(2500)):yyyy-MM-dd}");
            default:
                // Only projects that no Markdown links to can go without breaking a link.
                var unlinked = projects.Where(p =>
                    !Directory.EnumerateFiles(_sample.PathOf("content"), "*.md", SearchOption.AllDirectories)
                        .Any(f => File.ReadAllText(f).Contains($"projects/{p}", StringComparison.Ordinal)))
                    .ToArray();
                if (unlinked.Length <= 1) return "removed nothing";
                var removed = Pick(random, unlinked);
                Directory.Delete(_sample.PathOf($"content/projects/{removed}"), recursive: true);
                return $"removed projects/{removed}";
        }
    }

    private string Replace(string file, string pattern, string replacement)
    {
        var path = _sample.PathOf(file);
        var text = File.ReadAllText(path);
        var regex = new Regex(pattern);
        if (!regex.IsMatch(text)) return $"left {file} as it was (no {pattern})";
        File.WriteAllText(path, regex.Replace(text, replacement, 1));
        return $"{file}: {replacement.Trim()}";
    }

    private string[] Slugs(string collection) =>
        Directory.GetDirectories(_sample.PathOf($"content/{collection}"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
