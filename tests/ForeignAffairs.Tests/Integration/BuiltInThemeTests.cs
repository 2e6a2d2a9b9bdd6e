using ForeignAffairs.Rendering;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The default theme ships inside the tool: it is the repository's <c>themes/default/</c>, and a site without a
/// <c>themes/</c> folder builds with it exactly as the sample site builds with its own copy.
/// </summary>
public sealed class BuiltInThemeTests : IDisposable
{
    private readonly SampleCopy _sample = new();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public void The_built_in_theme_is_the_repositorys_default_theme_file_for_file()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "themes", "default");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(files, BuiltInTheme.Files);
        Assert.All(files, f =>
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, f)), BuiltInTheme.Read(f).ToArray()));
    }

    [Fact]
    public void A_site_without_a_themes_folder_builds_byte_for_byte_as_the_sample_with_its_copy_of_the_theme()
    {
        var withCopy = Build("with-copy");
        Directory.Delete(_sample.PathOf("themes"), recursive: true);

        var builtIn = Build("built-in");

        Assert.Equal(withCopy, builtIn);
        Assert.Contains("assets/site.css", builtIn.Keys);
        Assert.Contains("en/search/index.html", builtIn.Keys);
    }

    private SortedDictionary<string, string> Build(string output)
    {
        var folder = _sample.PathOf(output);
        var result = SiteBuilder.Build(new BuildOptions(_sample.Root, folder));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return OutputSnapshot.Of(folder);
    }
}
