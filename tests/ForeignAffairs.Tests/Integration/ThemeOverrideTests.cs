using AngleSharp.Dom;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A site that uses the built-in theme and overrides some of its files in its own <c>themes/default/</c>, as the
/// fixture <c>theme-overrides</c> does with the footer partial and one English UI string: the output uses them, and
/// everything else is what the built-in theme alone gives.
/// </summary>
public sealed class ThemeOverrideTests : IDisposable
{
    private const string Footer = "themes/default/layouts/partials/footer.html";
    private readonly FixtureSite _site = FixtureSite.Copy("theme-overrides");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_overriding_partial_and_string_are_used_and_everything_else_is_the_built_in_themes()
    {
        var built = _site.BuildSuccessfully();
        var reference = BuiltInOnly();

        Assert.Equal(reference.Pages, built.Pages);
        foreach (var page in built.Pages)
        {
            var (document, original) = (built.Page(page), reference.Page(page));
            var japanese = page.StartsWith("ja/", StringComparison.Ordinal);
            if (original.QuerySelector("footer.site-footer") is not null)
            {
                var title = japanese ? "バクニン省投資ガイド" : "Invest in Bắc Ninh";
                Assert.Equal($"Investment Promotion Centre of {title}",
                    document.QuerySelector("footer .footer-contact")?.TextContent);
            }
            // The English string is the site's; the Japanese one, which the site does not override, is the built-in
            // theme's.
            if (original.QuerySelector("a.skip-link") is { } skip)
                Assert.Equal(japanese ? skip.TextContent : "Jump to the content",
                    document.QuerySelector("a.skip-link")?.TextContent);
            Assert.Equal(WithoutOverrides(original), WithoutOverrides(document));
        }
        Assert.Equal("Investment Promotion Centre of Invest in Bắc Ninh",
            built.Page("en/projects/yen-phong-park/index.html").QuerySelector("footer .footer-contact")?.TextContent);
        Assert.Equal("Jump to the content", built.Page("en/index.html").QuerySelector("a.skip-link")?.TextContent);
        Assert.Equal(Files(reference.Output), Files(built.Output));
    }

    [Fact]
    public void Templates_name_the_file_they_come_from_the_sites_or_the_built_in_themes()
    {
        var diagnostics = new DiagnosticBag();
        var config = Configuration.SiteConfigReader.Read(_site.Root, diagnostics)!;

        var theme = ThemeLoader.Load(_site.Root, config, diagnostics)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(Footer, theme.SourceOf("partials/footer"));
        Assert.Equal("(built-in theme)/layouts/partials/header.html", theme.SourceOf("partials/header"));
        Assert.Equal("(built-in theme)/layouts/base.html", theme.SourceOf("base"));
        Assert.Equal(["(built-in theme)/i18n/en.yaml", "(built-in theme)/i18n/ja.yaml", "themes/default/i18n/en.yaml"],
            theme.Sources.Keys.Where(k => k.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_mistake_in_an_overriding_template_is_reported_in_the_sites_file()
    {
        _site.Write(Footer, "<footer>\n{{ if site.title }}\n</footer>\n");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.Equal(Footer, error.Location.Path);
    }

    [Fact]
    public void An_override_that_reads_what_no_template_sets_is_warned_of_at_the_read_and_the_site_still_builds()
    {
        // Written for a theme whose layouts set trail for the partial to read; the built-in theme's set nothing.
        _site.Write(Footer,
            "<footer class=\"site-footer\">\n  <p>{{ for crumb in trail }}{{ crumb.title }}{{ end }}</p>\n</footer>\n");

        var result = _site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnsetTemplateVariable, DiagnosticSeverity.Warning),
            (warning.Code, warning.Severity));
        Assert.Equal(new SourceLocation(Footer, 2, 22), warning.Location);
        Assert.Contains("'trail'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_that_reads_what_only_a_built_in_layout_sets_is_warned_of_as_the_partial_gets_no_such_input()
    {
        // The agreements' layout sets fta_sorted for its own table; a partial gets nothing from it but its arguments.
        const string ftaRow = "themes/default/layouts/partials/fta-row.html";
        _site.Write(ftaRow, "<tr><td>{{ fta_sorted.size }}</td></tr>\n");

        var result = _site.Build();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsetTemplateVariable, warning.Code);
        Assert.Equal(new SourceLocation(ftaRow, 1, 12), warning.Location);
    }

    [Fact]
    public void A_theme_that_is_neither_built_in_nor_a_folder_is_refused_with_a_suggestion()
    {
        var settings = Path.Combine(_site.Root, "content/site.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("theme: default", "theme: defualt"));

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.MissingTemplate, error.Code);
        Assert.Equal("did you mean 'default'?", error.Hint);
    }

    // The same site built with the built-in theme alone.
    private BuiltSite BuiltInOnly()
    {
        using var plain = FixtureSite.Copy("theme-overrides");
        Directory.Delete(Path.Combine(plain.Root, "themes"), recursive: true);
        return plain.BuildSuccessfully(Path.Combine(_site.Root, "reference"));
    }

    // The page as the built-in theme would give it but for the footer and the skip link, which the site overrides.
    private static string WithoutOverrides(IDocument document)
    {
        var copy = (IDocument)document.Clone(deep: true);
        foreach (var element in copy.QuerySelectorAll("footer.site-footer, a.skip-link")) element.Remove();
        return copy.DocumentElement.OuterHtml;
    }

    // Every file but the pages, by path, with its bytes.
    private static SortedDictionary<string, string> Files(string output) =>
        new(OutputSnapshot.Of(output).Where(f => !f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(),
            StringComparer.Ordinal);
}
