using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ForeignAffairs.Content;

/// <summary>
/// The events of a YAML text, as its parser read them once, played again to build its nodes: the text is checked event
/// by event before any node is built (<see cref="YamlReader"/>), and is not parsed a second time to build them.
/// </summary>
internal sealed class YamlEvents(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
