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
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
