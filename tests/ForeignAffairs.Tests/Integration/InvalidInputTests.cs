using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The corpus of editors' mistakes: each folder under <c>Invalid/</c> changes the valid <c>three-languages</c> fixture
/// (files under <c>site/</c> are added or replace the fixture's, paths in <c>_delete.txt</c> are removed) and lists in
/// <c>expected.txt</c> every diagnostic a check must report, whole, as the command line prints it: <c>path:line:column:
/// severity code: message (hint)</c>. To rewrite the expectations after a deliberate change, run
/// <c>FA_UPDATE_EXPECTED=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class InvalidInputTests
{
    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Invalid");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(CorpusFolder).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_forty_mistakes()
    {
        Assert.True(Cases().Count >= 40, $"only {Cases().Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_is_reported_at_its_position(string name)
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var folder = Path.Combine(CorpusFolder, name);
        if (Directory.Exists(Path.Combine(folder, "site")))
            FixtureSite.CopyFolder(Path.Combine(folder, "site"), fixture.Root, overwrite: true);
        var deletions = Path.Combine(folder, "_delete.txt");
        if (File.Exists(deletions))
        {
            foreach (var path in File.ReadAllLines(deletions).Where(l => l.Length > 0))
                File.Delete(Path.Combine(fixture.Root, path));
        }

        var result = SiteBuilder.Build(new BuildOptions(fixture.Root, Write: false));
        var actual = result.Diagnostics.Select(d => d.ToString()).ToArray();

        var expectedFile = Path.Combine(RepositoryRoot.Path, "tests", "ForeignAffairs.Tests", "Invalid", name,
            "expected.txt");
        if (Environment.GetEnvironmentVariable("FA_UPDATE_EXPECTED") == "1")
            File.WriteAllLines(expectedFile, actual);

        // Read from the repository, not the copy beside the tests, so that an update is compared with what it wrote.
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.True(result.Diagnostics.All(d =>
            d.Message.Length > 0 && !d.Message.Contains("Exception", StringComparison.Ordinal)));
    }
}
