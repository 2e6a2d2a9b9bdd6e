using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The verify stage reads the rendered pages back before publishing and reports what a reader or a crawler would trip
/// on.
/// </summary>
public sealed class OutputVerificationTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private const string Home = "themes/minimal/layouts/home.html";
    private const string Base = "themes/minimal/layouts/base.html";
    private const string HomeTemplate = """
        <h1>{{ site.title }}</h1>
        <ul id="projects">{{ for p in entries "projects" }}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{{ end }}</ul>

        """;

    private static IReadOnlyList<Diagnostic> Verification(BuildResult result) =>
        result.Diagnostics.Where(d => d.Code.StartsWith("FA6", StringComparison.Ordinal)).ToArray();

    private static BuildResult BuildWithHome(FixtureSite fixture, string extra)
    {
        fixture.Write(Home, HomeTemplate + extra);
        return fixture.Build();
    }

    [Fact]
    public void The_sample_site_verifies_without_a_problem()
    {
        Assert.Empty(Verification(sample.Built.Result));
        Assert.Contains(sample.Built.Result.Stages, s => s.Stage == "verify");
    }

    [Fact]
    public void The_three_language_fixture_verifies_without_a_problem()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var result = fixture.Build();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(Verification(result));
    }

    [Fact]
    public void A_link_to_no_page_is_an_error_at_the_template_behind_the_page_reported_once()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var result = BuildWithHome(fixture, """
            <a href="{{ relative_url "en/nowhere/" }}">1</a><a href="{{ relative_url "en/nowhere/" }}">2</a>
            <img src="/invest/assets/missing.png" alt=""><a href="https://example.org/invest/en/gone.html">3</a>
            <a href="https://elsewhere.example/x/">out</a><a href="/not-invest/">out of base</a><a href="mailto:a@example.org">mail</a>
            <a href="about">folder without slash</a><a href="/invest/pagefind/pagefind.js">search</a><a href="/invest/sitemap.xml">sitemap</a>
            """);

        Assert.False(result.Succeeded);
        var broken = Verification(result).Where(d => d.Code == DiagnosticCodes.BrokenOutputLink
            && d.Message.StartsWith("en/index.html ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, broken.Length);
        Assert.All(broken, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(broken, d => d.Message.Contains("'/invest/en/nowhere/'", StringComparison.Ordinal)
            && d.Message.Contains("en/nowhere/index.html", StringComparison.Ordinal));
        Assert.Contains(broken, d => d.Message.Contains("'/invest/assets/missing.png'", StringComparison.Ordinal));
        Assert.Contains(broken,
            d => d.Message.Contains("'https://example.org/invest/en/gone.html'", StringComparison.Ordinal));
        var nowhere = Assert.Single(result.Diagnostics,
            d => d.Message.StartsWith("en/index.html links to '/invest/en/nowhere/'", StringComparison.Ordinal));
        Assert.Equal("content/site.yaml", nowhere.Location.Path);
    }

    [Fact]
    public void A_fragment_that_no_element_has_is_an_error_on_the_same_page_and_on_another()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var result = BuildWithHome(fixture, """
            <a href="#projects">ok</a><a href="#missing">here</a><a href="{{ relative_url "en/about/" }}#menu">ok</a>
            <a href="{{ relative_url "en/about/" }}#nothing">there</a><a href="#top">top</a>
            """);

        var fragments = Verification(result).Where(d => d.Code == DiagnosticCodes.MissingFragment
            && d.Message.StartsWith("en/index.html ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, fragments.Length);
        Assert.Contains(fragments,
            d => d.Message == "en/index.html links to '#missing', but the page has no element with id 'missing'");
        Assert.Contains(fragments, d => d.Message == "en/index.html links to '/invest/en/about/#nothing', "
            + "but en/about/index.html has no element with id 'nothing'");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_broken_link_or_fragment_written_in_markdown_is_an_error_at_the_link_in_the_text()
    {
        const string text = "content/sectors/electronics/en.md";
        const string line = "See [the incentives](#incentives), [the rules](#rules), "
            + "[the office](pages/about#office) and [gone](/en/x/).";
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write(text, $"Electronics.\n\n## Incentives\n\n{line}\n");

        var result = fixture.Build();

        SourceLocation At(string link) => new(text, 5, line.IndexOf(link, StringComparison.Ordinal) + 1);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [(DiagnosticCodes.MissingFragment, At("[the rules]")),
                (DiagnosticCodes.MissingFragment, At("[the office]")),
                (DiagnosticCodes.BrokenOutputLink, At("[gone]"))],
            Verification(result).Select(d => (d.Code, d.Location)).OrderBy(d => d.Location));
        Assert.Contains(Verification(result),
            d => d.Message == "en/sectors/electronics/index.html links to '/invest/en/about/#office', " +
                "but en/about/index.html has no element with id 'office'");
    }

    [Fact]
    public void Duplicate_ids_and_images_without_alt_are_warnings_that_do_not_stop_the_build()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var result = BuildWithHome(fixture, """
            <p id="twice">a</p><p id="twice">b</p><img src="{{ relative_url "assets/site.css" }}"><img src="{{ relative_url "assets/site.css" }}" alt="">
            """);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var found = Verification(result)
            .Where(d => d.Message.StartsWith("ja/index.html ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, found.Length);
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(found, d => d.Code == DiagnosticCodes.DuplicateId
            && d.Message == "ja/index.html has more than one element with id 'twice'");
        Assert.Contains(found, d => d.Code == DiagnosticCodes.ImageWithoutAlt
            && d.Message == "ja/index.html has an image without an alt attribute: '/invest/assets/site.css'");
        Assert.True(File.Exists(Path.Combine(fixture.Output, "ja", "index.html")));
    }

    [Fact]
    public void A_page_without_a_title_or_a_description_is_a_warning()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var layout = File.ReadAllText(Path.Combine(fixture.Root, Base));
        fixture.Write(Base, layout.Replace("<title>{{ page.title }} | {{ site.title }}</title>", "<title> </title>")
            .Replace("<meta name=\"description\" content=\"{{ page.description }}\">", ""));
        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var about = Verification(result)
            .Where(d => d.Message.StartsWith("ko/about/index.html ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["ko/about/index.html has no <meta name=\"description\">", "ko/about/index.html has no <title>"],
            about.Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(about, d => Assert.Equal(DiagnosticCodes.MissingTitleOrDescription, d.Code));
        Assert.All(about, d => Assert.Equal("content/pages/about/ko.md", d.Location.Path));
    }

    [Fact]
    public void A_page_that_declares_another_language_fails_the_build_and_leaves_the_previous_output_untouched()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.BuildSuccessfully();
        var before = OutputSnapshot.Of(fixture.Output);
        var layout = File.ReadAllText(Path.Combine(fixture.Root, Base));
        fixture.Write(Base, layout.Replace("<html lang=\"{{ page.lang }}\"", "<html lang=\"en\""));

        var (exit, _, err) = CommandLine.Run("build", "--source", fixture.Root);

        Assert.Equal(1, exit);
        Assert.Contains("error FA6006: ja/about/index.html has <html lang=\"en\">, but the page is in 'ja'", err);
        Assert.DoesNotContain("FA6006: en/about/index.html", err);
        Assert.Equal(before, OutputSnapshot.Of(fixture.Output));
    }

    [Fact]
    public void No_verify_skips_the_stage()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write(Home, HomeTemplate + """<a href="{{ relative_url "en/nowhere/" }}">x</a>""");

        Assert.Equal(1, CommandLine.Run("build", "--source", fixture.Root).Exit);
        Assert.False(Directory.Exists(fixture.Output));
        var (exit, _, err) = CommandLine.Run("build", "--source", fixture.Root, "--no-verify");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("FA6", err);
        Assert.True(File.Exists(Path.Combine(fixture.Output, "en", "index.html")));
    }

    [Fact]
    public void Check_verifies_too()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write(Home, HomeTemplate + """<a href="{{ relative_url "en/nowhere/" }}">x</a>""");

        var (exit, _, err) = CommandLine.Run("check", "--source", fixture.Root);

        Assert.Equal(1, exit);
        Assert.Contains("error FA6001: en/index.html links to '/invest/en/nowhere/'", err);
    }

    [Fact]
    public void Hreflang_alternates_that_are_not_listed_back_are_warnings()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var layout = File.ReadAllText(Path.Combine(fixture.Root, Base));
        // Japanese pages list their alternates, the others only x-default, so no page lists a Japanese page back.
        fixture.Write(Base, layout.Replace("{{~ for a in page.alternates ~}}", "{{~ for a in page.alternates ~}}"
            + "{{ if page.lang != \"ja\" && a.hreflang != \"x-default\"; continue; end }}"));
        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var about = Verification(result)
            .Where(d => d.Code == DiagnosticCodes.UnreciprocatedAlternate
                && d.Message.StartsWith("ja/about/index.html ", StringComparison.Ordinal))
            .Select(d => d.Message).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([
            "ja/about/index.html lists en/about/index.html as its 'en' alternate (https://example.org/invest/en/about/)"
                + ", but en/about/index.html does not list ja/about/index.html back",
            "ja/about/index.html lists ko/about/index.html as its 'ko' alternate (https://example.org/invest/ko/about/)"
                + ", but ko/about/index.html does not list ja/about/index.html back",
        ], about);
        Assert.DoesNotContain(Verification(result), d => d.Code == DiagnosticCodes.UnreciprocatedAlternate
            && d.Message.StartsWith("en/", StringComparison.Ordinal));
    }
}
