using System.Text;
using System.Xml;

namespace ForeignAffairs.Publishing;

/// <summary>
/// Writes the XML documents of the publish stage (the sitemap, the feeds) the same way every time: UTF-8 without a
/// byte-order mark, two-space indentation and '\n' line ends whatever the platform, so the same site always gives the
/// same bytes.
/// </summary>
internal static class XmlDocumentWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>
    /// The bytes of the document <paramref name="write"/> writes, with its XML declaration and a final line end.
    /// </summary>
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// <paramref name="text"/> without the characters XML 1.0 cannot hold. YAML escapes such as "\x01" can put control
    /// characters into a title, and the XmlWriter would refuse the whole document for one of them.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                clean.Append(text, i++, 2);
        }
        return clean.ToString();
    }
}
