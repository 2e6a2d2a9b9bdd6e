using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ForeignAffairs.Publishing;

/// <summary>How the open data exports write JSON and CSV, the same for every collection exported.</summary>
internal static class OpenData
{
    // The relaxed encoder keeps Japanese and Korean readable instead of writing \uXXXX for every letter. It does not
    // escape '<' or '&', which only matters for JSON placed inside HTML; these files are served on their own as
    // application/json.
    public static readonly JsonWriterOptions Json = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Excel reads a CSV file without a byte-order mark in the system's code page, which garbles Japanese and Korean.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// <paramref name="head"/>, the <paramref name="parts"/> (with <paramref name="separator"/> between them, when
    /// given) and <paramref name="tail"/>, in one array of their size: the 10 MB of 10,000 projects' data are copied
    /// once, on each rebuild that writes the file again, rather than grown in a buffer and copied out of it.
    /// </summary>
    public static byte[] Joined(ReadOnlySpan<byte> head, IReadOnlyList<byte[]> parts, byte? separator,
        ReadOnlySpan<byte> tail)
    {
        var between = separator is null ? 0 : Math.Max(parts.Count - 1, 0);
        var content = GC.AllocateUninitializedArray<byte>(head.Length + parts.Sum(p => p.Length) + between +
            tail.Length);
        head.CopyTo(content);
        var at = head.Length;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0 && separator is { } comma) content[at++] = comma;
            parts[i].CopyTo(content, at);
            at += parts[i].Length;
        }
        tail.CopyTo(content.AsSpan(at));
        return content;
    }

    /// <summary>A CSV file of <paramref name="text"/>: UTF-8 with a byte-order mark.</summary>
    public static byte[] CsvBytes(string text)
    {
        var preamble = Utf8WithBom.Preamble;
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(text)];
        preamble.CopyTo(bytes);
        Utf8WithBom.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    /// <summary>
    /// One CSV line of <paramref name="fields"/>, each quoted as RFC 4180 asks, with its CRLF line end.
    /// </summary>
    public static string CsvLine(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    /// <summary>
    /// <paramref name="field"/> as a spreadsheet shows it as text: a text starting with '=', '+', '-', '@', a tab or a
    /// carriage return is run as a formula by spreadsheets ("CSV injection"); as OWASP advises, a single quote before
    /// it makes it text. Numeric columns hold only numbers and are not neutralised.
    /// </summary>
    public static string? Neutralised(string? field) =>
        field is [ '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + field : field;

    private static string Quote(string? field) =>
        field is null ? ""
        : field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"")}\""
        : field;
}
