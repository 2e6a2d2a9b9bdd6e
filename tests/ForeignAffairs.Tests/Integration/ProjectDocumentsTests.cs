using System.Reflection;
using System.Text.RegularExpressions;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The repository's own documents keep up with the code: every diagnostic is explained, and the publishing workflow
/// runs the commands as the README gives them.
/// </summary>
public sealed class ProjectDocumentsTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    private static readonly FieldInfo[] Catalogue = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).ToArray();

    private static IEnumerable<string> CatalogueCodes =>
        Catalogue.Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);

    public static TheoryData<string> Codes => new(CatalogueCodes);

    public static TheoryData<string> Names => new(Catalogue.Select(f => f.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_readme_explains_every_diagnostic(string code) =>
        Assert.Matches($"(?m)^\\| {code} \\|", Readme);

    [Fact]
    public void The_readme_explains_no_code_the_generator_does_not_have()
    {
        var documented = Regex.Matches(Readme, @"(?m)^\| (FA\d{4}) \|").Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(documented.Distinct().Order(StringComparer.Ordinal), CatalogueCodes.Distinct());
        Assert.Equal(documented.Length, documented.Distinct().Count());
    }

    [Fact]
    public void Each_code_means_one_thing()
    {
        var shared = Catalogue.GroupBy(f => (string)f.GetRawConstantValue()!).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Name))}");

        Assert.Empty(shared);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_code_is_raised_somewhere(string name)
    {
        var catalogue = Path.Combine("ForeignAffairs", "Diagnostics", "DiagnosticCodes.cs");
        var raising = Directory
            .EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(catalogue, StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), $@"\bDiagnosticCodes\.{name}\b"));

        Assert.NotEmpty(raising);
    }

    [Fact]
    public void The_publishing_workflow_checks_builds_and_uploads_the_output()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".github/workflows/publish.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var steps = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Cast<YamlMappingNode>().ToArray();
        string? Value(YamlMappingNode step, string key) =>
            step.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
        var runs = steps.Select(s => Value(s, "run")).OfType<string>().ToArray();

        const string cli = "dotnet run -c Release --project src/ForeignAffairs.Cli --";
        var check = Array.FindIndex(runs, r => r.StartsWith($"{cli} check", StringComparison.Ordinal));
        var build = Array.FindIndex(runs, r => r.StartsWith($"{cli} build", StringComparison.Ordinal));
        Assert.True(check >= 0 && build > check, string.Join('\n', runs));
        Assert.Contains(runs, r => r.StartsWith("npm ci", StringComparison.Ordinal));
        Assert.Contains($"{cli} check", Readme);
        var upload = Assert.Single(steps,
            s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("output", ((YamlScalarNode)((YamlMappingNode)upload["with"])["path"]).Value);
        Assert.Contains(((YamlMappingNode)jobs["deploy"]).Children.Keys, k => ((YamlScalarNode)k).Value == "needs");
    }
}
