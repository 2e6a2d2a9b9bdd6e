using System.Globalization;
using System.Net;
using System.Text;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Cli.Serving;

/// <summary>
/// What the preview adds to a page as it is served, never to the written site: the live-reload script, and the overlay
/// listing the last build's errors.
/// </summary>
internal static class PreviewPage
{
    /// <summary>The id of the overlay element.</summary>
    public const string OverlayId = "fa-preview-errors";

    /// <summary>
    /// <paramref name="html"/> with the reload script in its head and, when there are errors, the overlay at the end of
    /// its body.
    /// </summary>
    public static string Inject(string html, int generation, IReadOnlyList<Diagnostic> errors)
    {
        var head = $"<link rel=\"stylesheet\" href=\"{PreviewServer.Prefix}preview.css\">" +
                   $"<script src=\"{PreviewServer.Prefix}live.js\" data-generation=\"{generation}\" defer></script>";
        var result = Insert(html, "</head>", head);
        return errors.Count == 0 ? result
            : Insert(result, "</body>", Overlay(errors, "The site has errors: this is the last version that built"));
    }

    /// <summary>A page of its own for when no build has succeeded yet, so that there is nothing else to show.</summary>
    public static string Unbuilt(int generation, IReadOnlyList<Diagnostic> errors)
    {
        const string page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" +
                            "<title>The site could not be built</title></head>\n" +
                            "<body><main><h1>The site could not be built</h1></main></body></html>\n";
        return Insert(Inject(page, generation, []), "</body>", Overlay(errors, "The site could not be built"));
    }

    private static string Overlay(IReadOnlyList<Diagnostic> errors, string title)
    {
        var overlay = new StringBuilder()
            .Append(CultureInfo.InvariantCulture,
                $"<aside id=\"{OverlayId}\" class=\"fa-preview-errors\" role=\"alert\" " +
                $"aria-labelledby=\"{OverlayId}-title\">")
            .Append(CultureInfo.InvariantCulture, $"<h2 id=\"{OverlayId}-title\">{Encode(title)}</h2>")
            .Append("<p>Fix the file and save it: this page reloads by itself.</p><ol>");
        foreach (var error in errors)
        {
            overlay.Append("<li><code class=\"fa-preview-location\">").Append(Encode(error.Location.ToString()))
                .Append("</code> ")
                .Append("<span class=\"fa-preview-code\">").Append(Encode(error.Code)).Append("</span> ")
                .Append("<span class=\"fa-preview-message\">").Append(Encode(error.Message)).Append("</span>");
            if (error.Hint is { } hint)
                overlay.Append("<span class=\"fa-preview-hint\">").Append(Encode(hint)).Append("</span>");
            overlay.Append("</li>");
        }
        return overlay.Append("</ol></aside>").ToString();
    }

    // Before the last occurrence of the closing tag, or at the end when a page lacks it.
    private static string Insert(string html, string before, string text)
    {
        var at = html.LastIndexOf(before, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + text : html.Insert(at, text);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
