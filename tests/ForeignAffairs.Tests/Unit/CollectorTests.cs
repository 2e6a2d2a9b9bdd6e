using ForeignAffairs.Cli;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The native command chooses its garbage collector by how many entries the site has: the folders in the collections'
/// folders under content/.
/// </summary>
public sealed class CollectorTests
{
    [Fact]
    public void A_site_s_entries_are_the_folders_in_its_collections_folders_that_a_build_reads()
    {
        using var site = new TempFolder();
        site.Write("content/site.yaml", "title: Example\n");
        site.Write("content/projects/p-1/index.yaml", "title: One\n");
        site.Folder("content/projects/p-2");
        site.Write("content/projects/stray.md", "Not an entry.\n");
        site.Write("content/news/n-1/index.yaml", "title: News\n");
        site.Folder("content/sectors");
        // Hidden folders and editors' backups, which a build does not read.
        site.Folder("content/projects/.p-3");
        site.Folder("content/projects/p-4~");
        site.Folder("content/.drafts/d-1");

        Assert.Equal(3, Collector.Entries(site.Root));
    }

    [Fact]
    public void The_native_command_is_handed_the_server_collector_to_build_check_or_serve_a_site_of_many_entries()
    {
        using var large = new TempFolder();
        for (var i = 0; i < Collector.LargeSite; i++) large.Folder($"content/news/n-{i:D4}");
        using var small = new TempFolder();
        small.Folder("content/news/n-0001");
        // On one core the runtime would start the workstation collector whatever it is asked for.
        var expected = Environment.ProcessorCount > 1 && Environment.GetEnvironmentVariable("DOTNET_gcServer") is null;

        foreach (var command in new[] { "build", "check", "serve" })
        {
            var environment = Collector.EnvironmentFor([command, "--source", large.Root]);
            Assert.Equal(expected, environment?.Contains("DOTNET_gcServer=1") ?? false);
            // The rest of the environment is handed over with it.
            if (environment is not null)
                Assert.Contains($"PATH={Environment.GetEnvironmentVariable("PATH")}", environment);
            // To build or check, with its budgets at half, unless the user set them.
            Assert.Equal(expected && command != "serve"
                    && Environment.GetEnvironmentVariable("DOTNET_GCDGen0GrowthPercent") is null,
                environment?.Contains($"DOTNET_GCDGen0GrowthPercent={Collector.Gen0Growth}") ?? false);
            // And with larger objects allocated as the others are, unless the user set the threshold.
            Assert.Equal(expected && command != "serve"
                    && Environment.GetEnvironmentVariable("DOTNET_GCLOHThreshold") is null,
                environment?.Contains($"DOTNET_GCLOHThreshold={Collector.LargeObjectThreshold}") ?? false);
            Assert.DoesNotContain("DOTNET_gcServer=1",
                Collector.EnvironmentFor([command, "--source", small.Root]) ?? []);
        }
        Assert.Null(Collector.EnvironmentFor(["build", "--source", large.Root, "--help"]));
        Assert.Null(Collector.EnvironmentFor(["new", "projects", "p-new", "--source", large.Root]));
        Assert.Null(Collector.EnvironmentFor(["--version"]));
    }

    [Fact]
    public void A_smaller_site_is_built_or_checked_with_a_first_budget_that_spares_the_sample_any_collection()
    {
        using var small = new TempFolder();
        small.Folder("content/news/n-0001");
        // Unless the user chose the collector or its budget.
        var chosen = Environment.GetEnvironmentVariable("DOTNET_gcServer") is not null
            || Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is not null;

        foreach (var command in new[] { "build", "check" })
        {
            var environment = Collector.EnvironmentFor([command, "--source", small.Root]);
            if (chosen) Assert.Null(environment);
            else Assert.Contains($"DOTNET_GCgen0size={Collector.Gen0Budget}", environment!);
        }
        // The preview, which runs on, keeps the collector's own budget.
        Assert.Null(Collector.EnvironmentFor(["serve", "--source", small.Root]));
        // Read as hexadecimal: 64 MiB, and half.
        Assert.Equal(64 << 20, Convert.ToInt32(Collector.Gen0Budget, 16));
        Assert.Equal(50, Convert.ToInt32(Collector.Gen0Growth, 16));
        Assert.Equal(4 << 20, Convert.ToInt32(Collector.LargeObjectThreshold, 16));
    }

    [Fact]
    public void A_folder_without_content_has_no_entries()
    {
        using var site = new TempFolder();
        Assert.Equal(0, Collector.Entries(site.Root));
        Assert.Equal(0, Collector.Entries(Path.Combine(site.Root, "missing")));
    }
}
