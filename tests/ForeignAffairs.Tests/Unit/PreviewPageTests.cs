using AngleSharp.Html.Parser;
using ForeignAffairs.Cli.Serving;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// What the preview adds to a page as it serves it: the reload script, and the escaped list of the build's errors.
/// </summary>
public sealed class PreviewPageTests
{
    private const string Page = "<!DOCTYPE html><html lang=\"ja\"><head><title>T</title></head>" +
        "<body><main><h1>案件</h1></main></body></html>";

    [Fact]
    public void A_good_page_gets_the_reload_script_and_nothing_else()
    {
        var document = new HtmlParser().ParseDocument(PreviewPage.Inject(Page, 7, []));

        var script = document.QuerySelector("head script[src='/_preview/live.js']");
        Assert.NotNull(script);
        Assert.Equal("7", script.GetAttribute("data-generation"));
        Assert.NotNull(document.QuerySelector("head link[rel=stylesheet][href='/_preview/preview.css']"));
        Assert.Null(document.QuerySelector($"#{PreviewPage.OverlayId}"));
        Assert.Equal("案件", document.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public void Errors_are_listed_over_the_page_with_their_place_and_text_escaped()
    {
        var error = new Diagnostic("FA1002", DiagnosticSeverity.Error,
            new SourceLocation("content/projects/x/index.yaml", 13, 9),
            "this is not valid YAML near '<script>alert(1)</script>'", "close each '[' with ']'");

        var document = new HtmlParser().ParseDocument(PreviewPage.Inject(Page, 8, [error]));

        var overlay = document.QuerySelector($"#{PreviewPage.OverlayId}");
        Assert.NotNull(overlay);
        Assert.Equal("alert", overlay.GetAttribute("role"));
        Assert.Equal("content/projects/x/index.yaml:13:9", overlay.QuerySelector(".fa-preview-location")?.TextContent);
        Assert.Equal("FA1002", overlay.QuerySelector(".fa-preview-code")?.TextContent);
        Assert.Equal(error.Message, overlay.QuerySelector(".fa-preview-message")?.TextContent);
        Assert.Equal(error.Hint, overlay.QuerySelector(".fa-preview-hint")?.TextContent);
        Assert.Empty(overlay.QuerySelectorAll("script"));
        Assert.Equal("案件", document.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public void Before_any_build_succeeds_a_page_of_its_own_lists_the_errors()
    {
        var error = new Diagnostic("FA1002", DiagnosticSeverity.Error, new SourceLocation("content/site.yaml", 2, 1),
            "this is not valid YAML");

        var document = new HtmlParser().ParseDocument(PreviewPage.Unbuilt(1, [error]));

        Assert.Equal("The site could not be built", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("content/site.yaml:2:1", document.QuerySelector(".fa-preview-location")?.TextContent);
        Assert.NotNull(document.QuerySelector("head script[src='/_preview/live.js']"));
    }
}
