using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>allowed_values "collection" "field"</c> gives a theme the values the schema allows in a field, in the schema's
/// order, so that a form or a legend lists them without repeating the schema; a field without a fixed set of values is
/// the template's mistake, reported where it is written.
/// </summary>
public sealed class AllowedValuesTests : IDisposable
{
    private readonly FixtureSite _fixture = FixtureSite.Copy("three-languages");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Gives_the_values_of_a_field_and_of_each_item_of_a_list_field_in_the_schemas_order()
    {
        _fixture.Write("themes/minimal/layouts/home.html",
            "<h1>{{ site.title }}</h1>\n" +
            "<ul id=\"forms\">{{ for v in allowed_values \"projects\" \"investment_form\" }}" +
            "<li>{{ v }}</li>{{ end }}</ul>\n" +
            "<ul id=\"languages\">{{ for v in allowed_values \"events\" \"languages\" }}" +
            "<li>{{ v }}</li>{{ end }}</ul>\n");

        var home = _fixture.BuildSuccessfully().Page("en/index.html");

        string[] Items(string id) => [.. home.GetElementById(id)!.QuerySelectorAll("li").Select(li => li.TextContent)];
        Assert.Equal(["fdi", "joint-venture", "ppp", "bcc"], Items("forms"));
        Assert.Equal(["vi", "en", "ja", "ko", "zh"], Items("languages"));
    }

    [Fact]
    public void A_field_without_a_fixed_set_of_values_is_reported_at_the_call()
    {
        _fixture.Write("themes/minimal/layouts/home.html",
            "<h1>{{ site.title }}</h1>\n<p>{{ allowed_values \"projects\" \"title\" }}</p>\n");

        var result = _fixture.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(("themes/minimal/layouts/home.html", 2), (error.Location.Path, error.Location.Line));
        Assert.Contains("allowed_values: the field 'title' of 'projects' is not one with a fixed set of values",
            error.Message, StringComparison.Ordinal);
    }
}
