namespace ForeignAffairs.Diagnostics;

/// <summary>A problem found in a site, with where it is and, when it helps, how to fix it.</summary>
/// <param name="Code">A stable code such as <c>FA1203</c>, documented in the README.</param>
/// <param name="Severity">Whether the problem stops the build.</param>
/// <param name="Location">The file, line and column the problem is in.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Hint">An optional suggestion, such as a likely intended value.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message,
    string? Hint = null)
{
    /// <summary>
    /// Compiler style: <c>path:line:col: error FA1203: message (hint)</c>, on one line. Control characters, which a
    /// file name or a quoted value may hold, are written as <c>\u001B</c>, so that they cannot move the cursor or
    /// colour a terminal.
    /// </summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        var line = $"{Location}: {severity} {Code}: {Message}{hint}";
        return line.Any(char.IsControl)
            ? string.Concat(line.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) : line;
    }
}
