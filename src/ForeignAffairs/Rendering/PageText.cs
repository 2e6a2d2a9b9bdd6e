using System.Buffers;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A page's markup as it was rendered: in the builder it was rendered into until it is disposed, when the builder goes
/// back to be used for another page. A page is written and read once; as a string of its own, its markup was a sixth of
/// what a build allocated, and the list of 10,000 projects took 14 MB at a time.
/// </summary>
internal sealed class PageText : IDisposable
{
    private readonly string? _string;
    private StringBuilderOutput? _output;
    private OutputBuffers? _buffers;
    private char[]? _joined;
    private ReadOnlyMemory<char> _markup;
    private bool _disposed;

    /// <summary>Markup already a string (a whole document rendered by Scriban itself).</summary>
    public PageText(string markup) => (_string, _markup) = (markup, markup.AsMemory());

    /// <summary>
    /// The markup in <paramref name="output"/>, which goes back to <paramref name="buffers"/> once disposed.
    /// </summary>
    public PageText(StringBuilderOutput output, OutputBuffers buffers)
    {
        (_output, _buffers) = (output, buffers);
        var builder = output.Builder;
        var chunks = builder.GetChunks();
        // A builder kept from page to page is one array, unless this page was longer than any before it.
        if (chunks.MoveNext() && chunks.Current.Length == builder.Length) _markup = chunks.Current;
        else
        {
            _joined = ArrayPool<char>.Shared.Rent(builder.Length);
            builder.CopyTo(0, _joined, builder.Length);
            _markup = _joined.AsMemory(0, builder.Length);
        }
    }

    /// <summary>The markup, until the text is disposed.</summary>
    public ReadOnlyMemory<char> Markup
    {
        get
        {
            // The builder may hold another page by then.
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _markup;
        }
    }

    /// <summary>How many characters the markup has.</summary>
    public int Length => _markup.Length;

    /// <summary>
    /// Lets the builder go back to be used for another page while the markup is kept, until the text is disposed, in
    /// an array lent by the shared pool: the one it was joined into, else a copy.
    /// </summary>
    public void LetGoOfBuilder()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_output is null) return;
        if (_joined is null)
        {
            _joined = ArrayPool<char>.Shared.Rent(_markup.Length);
            _markup.Span.CopyTo(_joined);
            _markup = _joined.AsMemory(0, _markup.Length);
        }
        _buffers!.Return(_output);
        (_output, _buffers) = (null, null);
    }

    /// <summary>The markup as a string of its own.</summary>
    public override string ToString() => _string ?? new string(Markup.Span);

    public void Dispose()
    {
        if (_joined is not null) ArrayPool<char>.Shared.Return(_joined);
        if (_output is not null) _buffers!.Return(_output);
        (_joined, _output, _buffers, _disposed) = (null, null, null, true);
    }
}
