using System.Globalization;
using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Scaffolding;

/// <summary>
/// The files of a new entry, as <c>new</c> writes them: an <c>index.yaml</c> that lists every field of the collection with
/// what it is for, as a draft, and an empty Markdown file for every language of the site.
/// </summary>
public static class EntryScaffold
{
    private const int Examples = 6;

    /// <summary>
    /// The files of the new entry <paramref name="slug"/> of <paramref name="collection"/>, by path relative to the site folder.
    /// <paramref name="existing"/> gives the slugs of a collection's entries, named as examples for references;
    /// <paramref name="today"/> fills required dates, such as a project's publication date.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Files(Collection collection, string slug, SiteConfig config,
        Func<Collection, IReadOnlyList<string>> existing, DateOnly today)
    {
        var folder = $"content/{collection.Name}/{slug}";
        var languages = config.LanguageCodes;
        var files = new List<(string, string)> { ($"{folder}/{ContentLoader.IndexFile}", Index(collection, slug, config, existing, today)) };
        files.AddRange(languages.Select(l => ($"{folder}/{l}.md", "")));
        return files;
    }

    private static string Index(Collection collection, string slug, SiteConfig config, Func<Collection, IReadOnlyList<string>> existing, DateOnly today)
    {
        var languages = config.LanguageCodes;
        var markdown = string.Join(", ", languages.Select(l => l + ".md"));
        var yaml = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# A new entry of {collection.Name}/. It is a draft: 'check' lists what it still lacks, and it is\n")
            .Append("# not published until you delete the line 'draft: true'.\n")
            .Append("# Each field says what it is for. Fill in the fields marked (required); to use another field, delete the '# '\n")
            .Append("# before its name. Text is one text for every language, or one per language as under title.\n")
            .Append(CultureInfo.InvariantCulture, $"# Write the entry's text in {markdown}; a file left empty is a translation not yet written.\n")
            .Append("draft: true\n");
        foreach (var field in ContentSchemas.For(collection).Fields.Where(f => f.Name != "draft"))
        {
            yaml.Append('\n').Append("# ").Append(field.Required ? "(required) " : "").Append(field.Description)
                .Append(Described(field.Type, existing)).Append('\n');
            if (!field.Required)
            {
                yaml.Append("# ").Append(field.Name).Append(":\n");
                if (field.Type is ListType { Item: RecordType record }) Record(yaml, record, "#   - ", "#     ");
                else if (field.Type is RecordType single) Record(yaml, single, "#   ", "#   ");
                continue;
            }
            yaml.Append(field.Name).Append(':');
            switch (field.Type)
            {
                case TextType when field.Name == "title":
                    yaml.Append('\n').Append(CultureInfo.InvariantCulture, $"  {config.DefaultLanguage.Code}: {Title(slug)}\n");
                    foreach (var other in languages.Skip(1)) yaml.Append(CultureInfo.InvariantCulture, $"  # {other}:\n");
                    break;
                case ChoiceType choice: yaml.Append(' ').Append(choice.Values[0]).Append('\n'); break;
                case ListType { Item: ReferenceType reference }:
                    // The list's form, which editors rarely know: one '- slug' line per item.
                    yaml.Append('\n').Append(CultureInfo.InvariantCulture, $"  # - {existing(reference.Target).FirstOrDefault() ?? "slug"}\n");
                    break;
                case DateType:
                    yaml.Append(' ').Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("  # the day the entry was created: correct it when you publish\n");
                    break;
                default: yaml.Append('\n'); break;
            }
        }
        return yaml.ToString();
    }

    // A record's fields as commented lines, each with what it is for.
    private static void Record(StringBuilder yaml, RecordType record, string first, string rest)
    {
        var width = record.Fields.Max(f => f.Name.Length) + 2;
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var field = record.Fields[i];
            yaml.Append(i == 0 ? first : rest).Append((field.Name + ":").PadRight(width))
                .Append("# ").Append(field.Required ? "(required) " : "").Append(field.Description).Append('\n');
        }
    }

    private static string Described(FieldType type, Func<Collection, IReadOnlyList<string>> existing) => type switch
    {
        ReferenceType reference => $" ({type.Description}{Names(existing(reference.Target))})",
        ListType { Item: ReferenceType reference } => $" ({type.Description}{Names(existing(reference.Target))})",
        RecordType or ListType { Item: RecordType } => "",
        _ => $" ({type.Description})",
    };

    private static string Names(IReadOnlyList<string> slugs) =>
        slugs.Count == 0 ? "" : $": {string.Join(", ", slugs.Take(Examples))}{(slugs.Count > Examples ? "..." : "")}";

    // The slug's words, capitalized: a first title for the editor to correct, since a slug has lost the name's accents.
    private static string Title(string slug) =>
        string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
