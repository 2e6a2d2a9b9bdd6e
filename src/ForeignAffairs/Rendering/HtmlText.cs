using System.Text;

namespace ForeignAffairs.Rendering;

/// <summary>Escapes text for HTML element content and quoted attribute values, leaving every other character as written.</summary>
public static class HtmlText
{
    /// <summary>Replaces &amp;, &lt;, &gt;, " and ' with their character references.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
