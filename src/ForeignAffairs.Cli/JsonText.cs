using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ForeignAffairs.Cli;

/// <summary>
/// The command's JSON reports, written member by member: the serializer would have to know the types it writes when the
/// command is compiled to native code, and anonymous types it cannot.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>An indented object whose members <paramref name="write"/> writes.</summary>
    public static string Object(Action<Utf8JsonWriter> write) =>
        Indented(json =>
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        });

    /// <summary>An indented array whose items <paramref name="write"/> writes.</summary>
    public static string Array(Action<Utf8JsonWriter> write) =>
        Indented(json =>
        {
            json.WriteStartArray();
            write(json);
            json.WriteEndArray();
        });

    private static string Indented(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
