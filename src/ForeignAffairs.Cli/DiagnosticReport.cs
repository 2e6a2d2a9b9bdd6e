using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Cli;

/// <summary>
/// Prints diagnostics: compiler-style lines, JSON for tools, and GitHub Actions workflow annotations.
/// </summary>
internal static class DiagnosticReport
{
    /// <summary>One line per diagnostic, <c>path:line:col: error FA1203: message (hint)</c>.</summary>
    public static void WriteText(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic);
    }

    /// <summary>A JSON document with every diagnostic and the counts.</summary>
    public static void WriteJson(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer) =>
        writer.WriteLine(JsonText.Object(json =>
        {
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity == DiagnosticSeverity.Error ? "error" : "warning");
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }));

    /// <summary>Workflow commands that GitHub Actions shows on the lines of a pull request.</summary>
    public static void WriteGitHubAnnotations(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var kind = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            var position = d.Location.Line > 0
                ? $",line={d.Location.Line}" + (d.Location.Column > 0 ? $",col={d.Location.Column}" : "") : "";
            var message = d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})";
            writer.WriteLine($"::{kind} file={Property(d.Location.Path)}{position},title={d.Code}::{Data(message)}");
        }
    }

    /// <summary>The closing count line.</summary>
    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        return $"{errors} error(s), {diagnostics.Count - errors} warning(s)";
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
