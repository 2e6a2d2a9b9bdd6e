using System.Text;

namespace ForeignAffairs.Scaffolding;

/// <summary>A file that <c>init</c> or <c>theme eject</c> writes into a site.</summary>
/// <param name="Path">Its path relative to the site folder, with '/'.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record ScaffoldFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>A text file, written as UTF-8 without a byte-order mark.</summary>
    public static ScaffoldFile Of(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
