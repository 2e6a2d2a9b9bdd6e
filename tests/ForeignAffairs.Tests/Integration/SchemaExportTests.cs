using System.Text.Json.Nodes;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The JSON Schemas in <c>schemas/</c> are exported from the same definitions the build validates with.
/// </summary>
public sealed class SchemaExportTests
{
    private static IReadOnlyList<(string FileName, string Json)> Exported()
    {
        var config = SiteConfigReader.Read(RepositoryRoot.Path, new DiagnosticBag());
        Assert.NotNull(config);
        return JsonSchemaExport.Files(config);
    }

    [Fact]
    public void The_committed_schemas_are_up_to_date()
    {
        foreach (var (fileName, json) in Exported())
        {
            var committed = Path.Combine(RepositoryRoot.Path, "schemas", fileName);
            Assert.True(File.Exists(committed),
                $"schemas/{fileName} is missing: run `dotnet run --project src/ForeignAffairs.Cli -- schema`");
            Assert.True(json == File.ReadAllText(committed),
                $"schemas/{fileName} is stale: run `dotnet run --project src/ForeignAffairs.Cli -- schema`");
        }
    }

    [Fact]
    public void Each_collection_schema_lists_exactly_its_fields_and_refuses_others()
    {
        foreach (var schema in ContentSchemas.All)
        {
            var json = JsonNode.Parse(
                Exported().Single(f => f.FileName == $"{schema.Collection.Name}.schema.json").Json)!;
            Assert.Equal(schema.Fields.Select(f => f.Name), json["properties"]!.AsObject().Select(p => p.Key));
            Assert.False(json["additionalProperties"]!.GetValue<bool>());
        }
    }

    [Fact]
    public void Allowed_values_references_and_languages_are_carried_into_the_schema()
    {
        var projects = JsonNode.Parse(
            Exported().Single(f => f.FileName == "projects.schema.json").Json)!["properties"]!;
        Assert.Equal(["open", "negotiating", "awarded", "closed"],
            projects["status"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", projects["province"]!["pattern"]!.GetValue<string>());
        Assert.Equal(["en", "ja", "ko"],
            projects["title"]!["anyOf"]![1]!["propertyNames"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        var required = JsonNode.Parse(Exported().Single(f => f.FileName == "projects.schema.json").Json)!["required"]!
            .AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["province", "sectors", "status", "published"], required);
    }

    [Fact]
    public void The_editor_settings_map_every_schema_to_its_files()
    {
        var settingsFile = Path.Combine(RepositoryRoot.Path, ".vscode", "settings.json");
        var settings = JsonNode.Parse(File.ReadAllText(settingsFile))!["yaml.schemas"]!.AsObject();
        foreach (var (fileName, _) in Exported())
            Assert.True(settings.ContainsKey($"./schemas/{fileName}"), $"{fileName} is not mapped");
    }
}
