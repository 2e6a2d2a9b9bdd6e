using System.Collections.Concurrent;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The builders that pages and partials are rendered into, shared by the renderers of every thread and language and, in
/// the preview, kept from one rebuild to the next: a builder that has grown to the size of the longest page is reused
/// as it is. A new builder grows in chunks of 8,000 characters, each an array the collector then copies while the page
/// is rendered: the list of 10,000 projects is about 900 of them, paid again on each rebuild that renders it.
/// </summary>
internal sealed class OutputBuffers
{
    private readonly ConcurrentBag<StringBuilderOutput> _free = [];

    /// <summary>An empty output.</summary>
    public StringBuilderOutput Rent() => _free.TryTake(out var kept) ? kept : new StringBuilderOutput();

    /// <summary>Empties <paramref name="output"/> and keeps it for the next <see cref="Rent"/>.</summary>
    public void Return(StringBuilderOutput output)
    {
        // Emptying a builder of many chunks makes it one array of its capacity, which later pages fill without growing
        // it.
        output.Builder.Clear();
        _free.Add(output);
    }
}
