using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// <c>theme eject [FILE]</c>: the built-in theme, or one file or folder of it, copied into the site's
/// <c>themes/default/</c> to be customised, never over a file that is there.
/// </summary>
public sealed class ThemeEjectTests : IDisposable
{
    private const string Footer = "themes/default/layouts/partials/footer.html";
    private readonly FixtureSite _site = FixtureSite.Copy("theme-overrides");

    public ThemeEjectTests() => Directory.Delete(Path.Combine(_site.Root, "themes"), recursive: true);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Eject_copies_the_whole_built_in_theme_and_the_site_builds_as_before()
    {
        var before = OutputSnapshot.Of(_site.BuildSuccessfully().Output);

        var (exit, stdout, stderr) = CommandLine.Run("theme", "eject", "--source", _site.Root);

        Assert.True(exit == 0, stderr);
        Assert.Contains("themes/default/", stdout);
        Assert.Equal(FolderState.Of(Path.Combine(RepositoryRoot.Path, "themes", "default")),
            FolderState.Of(ThemeFolder));
        var ejected = _site.BuildSuccessfully();
        Assert.Equal(before, OutputSnapshot.Of(ejected.Output));
        // Every template of the built-in theme, now the site's own, reads only what something sets for it.
        Assert.DoesNotContain(ejected.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnsetTemplateVariable);
    }

    [Theory]
    [InlineData("layouts/partials/footer.html", new[] { "layouts/partials/footer.html" })]
    [InlineData("i18n", new[] { "i18n/en.yaml", "i18n/ja.yaml", "i18n/ko.yaml", "i18n/vi.yaml" })]
    public void Eject_of_a_file_or_folder_copies_it_alone(string path, string[] copied)
    {
        var (exit, _, stderr) = CommandLine.Run("theme", "eject", path, "--source", _site.Root);

        Assert.True(exit == 0, stderr);
        Assert.Equal(copied, FolderState.Of(ThemeFolder).Keys.Where(k => !k.EndsWith('/')));
        Assert.All(copied,
            f => Assert.Equal(BuiltInTheme.Read(f).ToArray(), File.ReadAllBytes(Path.Combine(ThemeFolder, f))));
    }

    [Theory]
    [InlineData]
    [InlineData("layouts/partials/footer.html")]
    [InlineData("layouts")]
    public void Eject_never_replaces_a_file_and_then_writes_nothing(params string[] path)
    {
        _site.Write(Footer, "<footer>Ours</footer>\n");
        var before = FolderState.Of(_site.Root);

        var (exit, _, stderr) = CommandLine.Run(["theme", "eject", .. path, "--source", _site.Root]);

        Assert.Equal(1, exit);
        Assert.Contains(Footer, stderr);
        Assert.Equal(before, FolderState.Of(_site.Root));
    }

    [Fact]
    public void A_file_the_built_in_theme_does_not_have_is_refused_with_a_suggestion()
    {
        var (exit, _, stderr) = CommandLine.Run("theme", "eject", "layouts/partials/fotter.html",
            "--source", _site.Root);

        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'layouts/partials/footer.html'?", stderr);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "themes")));
    }

    private string ThemeFolder => Path.Combine(_site.Root, "themes", "default");
}
