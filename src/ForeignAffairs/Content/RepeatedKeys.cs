using YamlDotNet.Core.Events;

namespace ForeignAffairs.Content;

/// <summary>
/// Follows a YAML event stream and tells when a mapping's key is written a second time, at the second key: the parser
/// passes both, and only the node builder would refuse them later, without saying more than a message.
/// </summary>
internal sealed class RepeatedKeys
{
    // One entry per open mapping or list: a mapping's keys so far and whether its next node is a key; null for a list.
    private readonly Stack<Mapping?> _open = new();

    private sealed class Mapping
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public bool NextIsKey { get; set; } = true;
    }

    /// <summary>Reads <paramref name="parsingEvent"/>; returns the key it writes again, or null.</summary>
    public Scalar? Repeats(ParsingEvent parsingEvent)
    {
        Scalar? repeated = null;
        if (parsingEvent is NodeEvent && _open.TryPeek(out var parent) && parent is not null)
        {
            if (parent.NextIsKey && parsingEvent is Scalar key && !parent.Keys.Add(key.Value)) repeated = key;
            parent.NextIsKey = !parent.NextIsKey;
        }
        switch (parsingEvent)
        {
            case MappingStart:
                _open.Push(new Mapping());
                break;
            case SequenceStart:
                _open.Push(null);
                break;
            case MappingEnd or SequenceEnd:
                _open.Pop();
                break;
        }
        return repeated;
    }
}
