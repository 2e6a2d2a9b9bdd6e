using ForeignAffairs.Content;

namespace ForeignAffairs.Publishing;

/// <summary>
/// One project as the open data exports write it: its facts, its element of <c>projects.json</c> and its row of
/// <c>projects.csv</c>, made once from <see cref="Entry"/> and reused by every rebuild that keeps that entry.
/// </summary>
internal sealed class ProjectExport(Entry entry, ProjectRecord record)
{
    /// <summary>The entry the facts were read from.</summary>
    public Entry Entry { get; } = entry;

    /// <summary>The project's facts.</summary>
    public ProjectRecord Record { get; } = record;

    /// <summary>
    /// The project's element of <c>projects.json</c>, as <see cref="ProjectsJson.Element"/> writes it.
    /// </summary>
    public byte[] Json { get; } = ProjectsJson.Element(record);

    /// <summary>The project's row of <c>projects.csv</c> in UTF-8, with its line end.</summary>
    public byte[] Csv { get; } = ProjectsCsv.Row(record);
}
