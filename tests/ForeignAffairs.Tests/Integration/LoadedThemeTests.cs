using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// A live site loads its theme again only when one of the theme's files or the settings it was loaded for changed, and
/// a theme used again reports what it reported when it was loaded.
/// </summary>
public sealed class LoadedThemeTests : IDisposable
{
    private readonly SampleCopy _sample = new(search: false);
    private readonly LoadedTheme _loaded = new();

    private (Theme? Theme, string[] Reported) Load()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(_sample.Root, diagnostics);
        Assert.NotNull(config);
        var theme = _loaded.Load(_sample.Root, config, diagnostics);
        return (theme, diagnostics.ToSortedList().Select(d => d.ToString()).ToArray());
    }

    // A language the theme has no strings for, which loading the theme warns of.
    private void AddFrench() =>
        _sample.Edit("content/site.yaml", "  - {code: ko, name: 한국어}\n",
            "  - {code: ko, name: 한국어}\n  - {code: fr, name: Français}\n");

    [Fact]
    public void An_unchanged_theme_is_used_again_with_what_it_reported()
    {
        AddFrench();
        var (first, firstReported) = Load();
        var (second, secondReported) = Load();

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Contains(firstReported, d => d.Contains("no UI strings for 'fr'", StringComparison.Ordinal));
        Assert.Equal(firstReported, secondReported);
    }

    [Fact]
    public void A_changed_theme_file_or_language_list_loads_the_theme_again()
    {
        var (first, _) = Load();
        File.AppendAllText(_sample.PathOf("themes/default/layouts/partials/office.html"), "<!-- edited -->\n");
        var (edited, _) = Load();
        Assert.NotNull(edited);
        Assert.NotSame(first, edited);

        AddFrench();
        var (more, reported) = Load();
        Assert.NotSame(edited, more);
        Assert.Contains(reported, d => d.Contains("no UI strings for 'fr'", StringComparison.Ordinal));
    }

    public void Dispose() => _sample.Dispose();
}
