using System.Diagnostics;
using System.Text.Json;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The Nu HTML Checker (vnu-jar, pinned in package.json) finds no error in any page of the built sample site.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_of_the_sample_site_is_valid_html()
    {
        var jar = Path.Combine(BrowserSite.Repository, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar),
            $"{jar} is missing: run `npm install` in the repository (vnu-jar is pinned in package.json)");

        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", site.OutputFolder];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Java is needed to run the Nu HTML Checker but `java` could not be started ({e.Message}): " +
                "install a JRE, e.g. `apt-get install default-jre-headless`");
            return;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync(); // vnu writes its JSON report here
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            var report = (await stderr).Trim();
            if (report.Length == 0) report = (await stdout).Trim();
            Assert.True(report.StartsWith('{'), $"vnu exited with {process.ExitCode} without a JSON report:" +
                $"{Environment.NewLine}{report}{Environment.NewLine}{await stdout}");

            using var json = JsonDocument.Parse(report);
            var errors = json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() != "info")
                .Select(m =>
                {
                    var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                    var file = url.StartsWith("file:", StringComparison.Ordinal)
                        ? Path.GetRelativePath(site.OutputFolder, Uri.UnescapeDataString(url["file:".Length..]))
                        : url;
                    var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString() : "?";
                    var extract = m.TryGetProperty("extract", out var x)
                        ? x.GetString()?.ReplaceLineEndings(" ") : null;
                    return $"{file}:{line}: {m.GetProperty("message").GetString()}" +
                        $"{(extract is null ? "" : $"  [{extract}]")}";
                })
                .ToArray();
            Assert.True(errors.Length == 0, $"{errors.Length} HTML errors in {site.Pages.Count} pages:" +
                $"{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            Assert.Equal(0, process.ExitCode);
        }
    }
}
