using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Sites built with the theme's templates compiled are byte for byte what Scriban's interpreter builds: the sample
/// site, every fixture site, and a synthetic site with long project tables, the explorer's pages and related projects.
/// </summary>
public sealed class CompiledThemeTests
{
    [Fact]
    public void The_sample_site_is_built_as_the_interpreter_builds_it()
    {
        AssertSameAsInterpreted(RepositoryRoot.Path);
    }

    [Theory]
    [InlineData("three-languages")]
    [InlineData("four-languages")]
    [InlineData("project-explorer")]
    [InlineData("theme-overrides")]
    public void A_fixture_site_is_built_as_the_interpreter_builds_it(string name)
    {
        using var fixture = FixtureSite.Copy(name);
        AssertSameAsInterpreted(fixture.Root);
    }

    [Fact]
    public void A_synthetic_site_of_300_projects_is_built_as_the_interpreter_builds_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "fa-tests", $"compiled-{Guid.NewGuid():N}");
        try
        {
            SyntheticSite.Write(root, Path.Combine(RepositoryRoot.Path, "themes", "default"),
                new SyntheticShape(300, News: 40));
            AssertSameAsInterpreted(root);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertSameAsInterpreted(string site)
    {
        var compiled = Path.Combine(Path.GetTempPath(), "fa-tests", $"compiled-{Guid.NewGuid():N}");
        var interpreted = Path.Combine(Path.GetTempPath(), "fa-tests", $"interpreted-{Guid.NewGuid():N}");
        try
        {
            var first = SiteBuilder.Build(new BuildOptions(site, compiled) { Today = SampleCopy.Today });
            var second = SiteBuilder.Build(
                new BuildOptions(site, interpreted) { Today = SampleCopy.Today, InterpretTemplates = true });

            Assert.True(first.Succeeded, string.Join(Environment.NewLine, first.Diagnostics.Take(10)));
            Assert.Equal(second.Diagnostics.Select(d => d.ToString()), first.Diagnostics.Select(d => d.ToString()));
            var pages = OutputSnapshot.Of(compiled);
            Assert.Contains(pages.Keys, path => path.EndsWith(".html", StringComparison.Ordinal));
            Assert.Equal(OutputSnapshot.Of(interpreted), pages);
        }
        finally
        {
            foreach (var folder in new[] { compiled, interpreted }.Where(Directory.Exists))
                Directory.Delete(folder, recursive: true);
        }
    }
}
