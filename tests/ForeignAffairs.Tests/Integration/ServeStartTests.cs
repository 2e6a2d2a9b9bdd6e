using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>Starting <c>serve</c> on a site with mistakes, and on a port that is taken.</summary>
public sealed class ServeStartTests : IDisposable
{
    private const string Project = "content/projects/bac-ninh-electronics-component-plots/index.yaml";
    // Only so that a preview that hangs fails the test rather than hangs it; never so tight that a busy machine could.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly SampleCopy _sample = new();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public async Task A_site_that_does_not_build_yet_shows_its_errors_until_they_are_fixed()
    {
        _sample.Edit(Project, "status: open", "status: [open");
        using var serve = ServeProcess.Start(_sample.Root);
        using var http = new HttpClient { BaseAddress = serve.Address, Timeout = Patience };

        var waiting = await http.GetAsync("en/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        var page = new HtmlParser().ParseDocument(await waiting.Content.ReadAsStringAsync());
        Assert.Equal($"{Project}:14:9", page.QuerySelector("#fa-preview-errors .fa-preview-location")?.TextContent);

        using var events = await PreviewEvents.Open(http, Patience);
        var generation = await events.NextGeneration();
        _sample.Edit(Project, "status: [open", "status: open");
        Assert.Equal(generation + 1, await events.NextGeneration());
        var built = await http.GetAsync("en/");
        Assert.Equal(HttpStatusCode.OK, built.StatusCode);
        Assert.Null(new HtmlParser().ParseDocument(await built.Content.ReadAsStringAsync())
            .QuerySelector("#fa-preview-errors"));
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_advice()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = Task.Run(() => CommandLine.Run("serve", "--source", _sample.Root, "--port", port.ToString()));
        var (exit, _, stderr) = await run.WaitAsync(Patience);

        Assert.Equal(2, exit);
        Assert.Contains($"port {port} is already in use", stderr);
        Assert.Contains("--port", stderr);
    }

    [Fact]
    public void The_folder_of_a_preview_that_was_killed_is_removed_at_the_next_start()
    {
        // No process has this number: Linux numbers processes below 2^22.
        var abandoned = Directory.CreateDirectory(
            Path.Combine(Path.GetTempPath(), "foreign-affairs-preview-999999999-left"));
        File.WriteAllText(Path.Combine(abandoned.FullName, "index.html"), "<!DOCTYPE html>");

        using var serve = ServeProcess.Start(_sample.Root);

        Assert.False(Directory.Exists(abandoned.FullName));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("70000")]
    public void A_port_that_is_not_a_number_is_refused(string port)
    {
        var (exit, _, stderr) = CommandLine.Run("serve", "--source", _sample.Root, "--port", port);

        Assert.Equal(2, exit);
        Assert.Contains("is not a port number", stderr);
    }
}
