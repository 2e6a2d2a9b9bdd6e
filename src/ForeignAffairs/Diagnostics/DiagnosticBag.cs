namespace ForeignAffairs.Diagnostics;

/// <summary>
/// Collects the diagnostics of a build so that every problem is reported at once. Safe to add to from several threads.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();
    private int _errors;

    /// <summary>Whether any error has been reported.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The number of errors reported so far (repeated reports included).</summary>
    public int ErrorCount => Volatile.Read(ref _errors);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
            if (diagnostic.Severity == DiagnosticSeverity.Error) _errors++;
        }
    }

    /// <summary>
    /// Adds every diagnostic of <paramref name="other"/>, such as one entry's, checked on another thread.
    /// </summary>
    public void AddRange(DiagnosticBag other)
    {
        Diagnostic[] items;
        lock (other._gate) items = [.. other._items];
        foreach (var item in items) Add(item);
    }

    /// <summary>Reports an error.</summary>
    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message, hint));

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, location, message, hint));

    /// <summary>The diagnostics so far, sorted by file and position, each reported once.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items.Distinct()
                .OrderBy(d => d.Location)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
