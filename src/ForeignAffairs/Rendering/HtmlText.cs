using System.Text;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values, leaving every other character as written.
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>Replaces &amp;, &lt;, &gt;, " and ' with their character references.</summary>
    public static string Escape(string text) =>
        text.AsSpan().IndexOfAny(Special) < 0 ? text : Append(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>
    /// Appends <paramref name="text"/> to <paramref name="builder"/>, escaped as <see cref="Escape"/> does.
    /// </summary>
    public static StringBuilder Append(StringBuilder builder, string text)
    {
        var rest = text.AsSpan();
        // Runs without a character to escape are copied whole.
        for (var next = rest.IndexOfAny(Special); next >= 0; next = rest.IndexOfAny(Special))
        {
            builder.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
        }
        return builder.Append(rest);
    }
}
