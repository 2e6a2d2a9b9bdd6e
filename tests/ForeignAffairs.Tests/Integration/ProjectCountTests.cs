using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>project_count "facet" "value"</c> counts the projects the explorer lists under a value, without a template loop
/// over every project; a facet the explorer does not have is the template's mistake, reported where it is written.
/// </summary>
public sealed class ProjectCountTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Counts_the_projects_under_each_value_of_a_facet()
    {
        _fixture.Write("themes/minimal/layouts/home.html",
            "<h1>{{ site.title }}</h1>\n<p id=\"open\">{{ project_count \"status\" \"open\" }}</p>" +
            "<p id=\"closed\">{{ project_count \"status\" \"closed\" }}</p>" +
            "<p id=\"bac-ninh\">{{ project_count \"province\" \"bac-ninh\" }}</p>" +
            "<p id=\"electronics\">{{ project_count \"sector\" \"electronics\" }}</p>" +
            "<p id=\"real\">{{ project_count \"listing\" \"real\" }}</p>\n");

        var home = _fixture.BuildSuccessfully().Page("en/index.html");

        string Count(string id) => home.GetElementById(id)!.TextContent;
        Assert.Equal(("1", "0", "1", "1", "1"),
            (Count("open"), Count("closed"), Count("bac-ninh"), Count("electronics"), Count("real")));
    }

    [Fact]
    public void A_facet_the_explorer_does_not_have_is_reported_at_the_call()
    {
        _fixture.Write("themes/minimal/layouts/home.html",
            "<h1>{{ site.title }}</h1>\n<p>{{ project_count \"region\" \"north\" }}</p>\n");

        var result = _fixture.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(("themes/minimal/layouts/home.html", 2), (error.Location.Path, error.Location.Line));
        Assert.Contains("project_count has no facet 'region': use one of sector, province, status, listing",
            error.Message, StringComparison.Ordinal);
    }
}
