namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The server-sent events by which <c>serve</c> tells open pages that it published a build: the generation it shows
/// now, then each new one. Waiting for the next one is waiting for the rebuild itself, not for a time.
/// </summary>
public sealed class PreviewEvents : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly TimeSpan _patience;

    private PreviewEvents(HttpResponseMessage response, StreamReader reader, TimeSpan patience) =>
        (_response, _reader, _patience) = (response, reader, patience);

    /// <summary>
    /// Listens to the events of the preview <paramref name="http"/> is addressed to; a wait for an event fails after
    /// <paramref name="patience"/>, so that a rebuild that never comes fails the test rather than hangs it.
    /// </summary>
    public static async Task<PreviewEvents> Open(HttpClient http, TimeSpan patience)
    {
        var response = await http.GetAsync("_preview/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new PreviewEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()), patience);
    }

    /// <summary>The generation announced next: first the one the preview shows, then each one it publishes.</summary>
    public async Task<int> NextGeneration()
    {
        using var timeout = new CancellationTokenSource(_patience);
        string? name = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "generation")
                return int.Parse(line["data: ".Length..]);
        }
        throw new InvalidOperationException("the event stream ended");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
