using System.Text.Json;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Cli;

/// <summary>
/// Prints diagnostics: compiler-style lines, JSON for tools, and GitHub Actions workflow annotations.
/// </summary>
internal static class DiagnosticReport
{
    private static readonly JsonSerializerOptions Json =
        new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>One line per diagnostic, <c>path:line:col: error FA1203: message (hint)</c>.</summary>
    public static void WriteText(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic);
    }

    /// <summary>A JSON document with every diagnostic and the counts.</summary>
    public static void WriteJson(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var document = new
        {
            Errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            Warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            Diagnostics = diagnostics.Select(d => new
            {
                d.Code,
                Severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                d.Location.Path,
                d.Location.Line,
                d.Location.Column,
                d.Message,
                d.Hint,
            }),
        };
        writer.WriteLine(JsonSerializer.Serialize(document, Json));
    }

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
