using System.Text;

namespace ForeignAffairs.Tests.Support;

/// <summary>The open data's CSV as a reuser's strict reader sees it.</summary>
internal static class Csv
{
    /// <summary>
    /// Reads RFC 4180 CSV strictly: quoted fields with doubled quotes, and a CRLF after every record, the last
    /// included.
    /// </summary>
    public static IReadOnlyList<string[]> Read(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var value = new StringBuilder();
                for (i++; ; i++)
                {
                    Assert.True(i < text.Length, "a quoted field is never closed");
                    if (text[i] != '"') value.Append(text[i]);
                    else if (i + 1 < text.Length && text[i + 1] == '"') value.Append(text[++i]);
                    else break;
                }
                i++;
                fields.Add(value.ToString());
            }
            else
            {
                var end = text.IndexOfAny([',', '\r', '\n', '"'], i);
                if (end < 0) end = text.Length;
                Assert.False(end < text.Length && text[end] == '"', $"a quote inside an unquoted field at {end}");
                fields.Add(text[i..end]);
                i = end;
            }

            if (i < text.Length && text[i] == ',') { i++; continue; }
            Assert.True(i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n',
                $"record {records.Count + 1} does not end with CRLF");
            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }
        Assert.Empty(fields);
        return records;
    }

    /// <summary>The records of a CSV file the build wrote (UTF-8 with a byte order mark).</summary>
    public static IReadOnlyList<string[]> ReadFile(string path) =>
        Read(Encoding.UTF8.GetString(File.ReadAllBytes(path)[3..]));
}
