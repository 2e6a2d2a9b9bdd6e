using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ForeignAffairs.Configuration;

namespace ForeignAffairs.Publishing;

/// <summary>
/// <c>/data/projects.json</c>: every investment project's facts for reuse, in a stable shape (every key is always
/// present, null when the project does not give it), with keys in a fixed order and numbers as numbers. The format is
/// described in README.md.
/// </summary>
internal static class ProjectsJson
{
    /// <summary>Where the export is published, relative to the output folder.</summary>
    public const string Path = "data/projects.json";

    /// <summary>The export of <paramref name="projects"/>, for a site with <paramref name="config"/>.</summary>
    internal static PublishedDocument For(SiteConfig config, IReadOnlyList<ProjectExport> projects)
    {
        // The file is written around the first element (or none); the elements are put in its place, with the comma a
        // writer puts between two.
        var (framed, start, end) = Framed(config, projects.Count > 0 ? projects[0].Json : null);
        return new PublishedDocument(Path, OpenData.Joined(framed.AsSpan(0, start),
            projects.Select(p => p.Json).ToArray(), (byte)',', framed.AsSpan(end)));
    }

    // The whole file with element as the only project (or none), with where that element starts and ends in it.
    private static (byte[] Bytes, int Start, int End) Framed(SiteConfig config, byte[]? element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        int start, end;
        using (var json = new Utf8JsonWriter(buffer, OpenData.Json))
        {
            json.WriteStartObject();
            json.WriteString("generated_from", config.BaseUrl.AbsoluteUri);
            json.WriteStartArray("languages");
            foreach (var language in config.LanguageCodes) json.WriteStringValue(language);
            json.WriteEndArray();
            json.WriteStartArray("projects");
            json.Flush();
            start = buffer.WrittenCount;
            // Each element was written once, as this writer would write it here, line break and indent included.
            if (element is not null) json.WriteRawValue(element, skipInputValidation: true);
            json.Flush();
            end = buffer.WrittenCount;
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return ([.. buffer.WrittenSpan, (byte)'\n'], start, end);
    }

    /// <summary>
    /// <paramref name="project"/>'s element of the <c>projects</c> array, with the line break and indent before it: the
    /// bytes a writer of the whole file writes for it, so that a rebuild writes again only the projects that changed.
    /// </summary>
    public static byte[] Element(ProjectRecord project)
    {
        // Written straight into a buffer with room for a usual project, which then does not grow.
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, OpenData.Json);
        json.WriteStartObject();
        json.WriteStartArray("projects");
        json.Flush();
        var start = buffer.WrittenCount;
        Write(json, project);
        json.Flush();
        return buffer.WrittenSpan[start..].ToArray();
    }

    private static void Write(Utf8JsonWriter json, ProjectRecord project)
    {
        json.WriteStartObject();
        json.WriteString("slug", project.Slug);
        WritePerLanguage(json, "title", project.Title);
        json.WriteString("province", project.Province);
        json.WriteStartArray("sectors");
        foreach (var sector in project.Sectors) json.WriteStringValue(sector);
        json.WriteEndArray();
        json.WriteString("status", project.Status);
        json.WriteString("investment_form", project.InvestmentForm);
        WriteNumber(json, "investment_usd_million", project.InvestmentUsdMillion);
        WriteNumber(json, "investment_vnd_billion", project.InvestmentVndBillion);
        WriteNumber(json, "area_ha", project.AreaHa);
        json.WriteString("published", project.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WritePerLanguage(json, "location", project.Location);
        WritePerLanguage(json, "url", project.Urls.Select(u => (u.Language, (string?)u.Url)));
        json.WriteBoolean("example", project.Example);
        json.WriteString("source", project.Source);
        json.WriteString("source_url", project.SourceUrl);
        WritePerLanguage(json, "decision", project.Decision);
        json.WriteString("park", project.Park);
        json.WriteEndObject();
    }

    private static void WritePerLanguage(Utf8JsonWriter json, string name,
        IEnumerable<(string Language, string? Text)> texts)
    {
        json.WriteStartObject(name);
        foreach (var (language, text) in texts) json.WriteString(language, text);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? number)
    {
        if (number is { } value) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }
}
