namespace ForeignAffairs.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop a build, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The build continues; the site is published.</summary>
    Warning,

    /// <summary>The build stops before anything is written.</summary>
    Error,
}
