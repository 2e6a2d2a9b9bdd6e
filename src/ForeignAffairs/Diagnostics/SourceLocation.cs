namespace ForeignAffairs.Diagnostics;

/// <summary>
/// A position in a site file: the path relative to the site folder (with '/' separators) and a 1-based line and column.
/// </summary>
/// <param name="Path">The file, relative to the site folder.</param>
/// <param name="Line">1-based line; 0 when the diagnostic concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0) : IComparable<SourceLocation>
{
    /// <summary>A location naming only a file.</summary>
    public static SourceLocation File(string path) => new(path);

    /// <inheritdoc />
    public int CompareTo(SourceLocation? other)
    {
        if (other is null) return 1;
        var byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0) return byPath;
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    /// <summary>Compiler style: <c>path:line:col</c>, leaving out what is unknown.</summary>
    public override string ToString() =>
        Line <= 0 ? Path : Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
}
