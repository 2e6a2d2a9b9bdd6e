using System.Globalization;
using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Scaffolding;

/// <summary>
/// The files of a new entry, as <c>new</c> writes them: an <c>index.yaml</c> that lists every field of the collection
/// with what it is for, as a draft, and an empty Markdown file for every language of the site; or of an example entry,
/// as <c>init</c> writes one per collection, with every required field filled in and a text that says it is an example.
/// </summary>
internal static class EntryScaffold
{
    private const int Examples = 6;

    /// <summary>
    /// The files of the new entry <paramref name="slug"/> of <paramref name="collection"/>, by path relative to the
    /// site folder. <paramref name="existing"/> gives the slugs of a collection's entries, named as examples for
    /// references; <paramref name="today"/> fills required dates, such as a project's publication date.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Files(Collection collection, string slug, SiteConfig config,
        Func<Collection, IReadOnlyList<string>> existing, DateOnly today)
    {
        var index = Index(collection, slug, config, existing, today, NewHeader(collection, config), example: false);
        return Folder(collection, slug, config, index, _ => "");
    }

    /// <summary>
    /// The files of the example entry <paramref name="slug"/> of <paramref name="collection"/>: a draft, as
    /// <see cref="Files"/> writes, whose required fields are filled in (references with the first slug
    /// <paramref name="existing"/> gives) and whose text in the default language says that it is an example and how a
    /// text is written.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> Example(Collection collection, string slug,
        SiteConfig config, Func<Collection, IReadOnlyList<string>> existing, DateOnly today)
    {
        var header = $"# An example entry of {collection.Name}/, written by 'foreign-affairs init' to show how an " +
            "entry is laid out.\n" +
            "# It is a draft, so it is checked but never published. Start an entry of your own with\n" +
            $"# 'foreign-affairs new {collection.Name} <slug>', and delete this folder when you no longer need it.\n" +
            "# Each field says what it is for; to use another field, delete the '# ' before its name. " +
            "Text is one text for every\n" +
            "# language, or one per language as under title.\n";
        var index = Index(collection, slug, config, existing, today, header, example: true);
        return Folder(collection, slug, config, index, language => language == config.DefaultLanguage.Code
            ? ExampleText(collection, config)
            : "");
    }

    private static IReadOnlyList<(string Path, string Text)> Folder(Collection collection, string slug,
        SiteConfig config, string index, Func<string, string> text)
    {
        var folder = $"content/{collection.Name}/{slug}";
        var files = new List<(string, string)> { ($"{folder}/{ContentLoader.IndexFile}", index) };
        files.AddRange(config.LanguageCodes.Select(l => ($"{folder}/{l}.md", text(l))));
        return files;
    }

    private static string NewHeader(Collection collection, SiteConfig config) =>
        $"# A new entry of {collection.Name}/. It is a draft: 'check' lists what it still lacks, and it is\n" +
        "# not published until you delete the line 'draft: true'.\n" +
        "# Each field says what it is for. Fill in the fields marked (required); to use another field, " +
        "delete the '# '\n" +
        "# before its name. Text is one text for every language, or one per language as under title.\n" +
        $"# Write the entry's text in {Markdown(config)}; a file left empty is a translation not yet written.\n";

    // The link is shown, not made: an example that linked to another would not publish without it.
    private static string ExampleText(Collection collection, SiteConfig config) =>
        $"**This is an example.** `foreign-affairs init` wrote this entry to show how an entry of {collection.Name}/ " +
        "is laid out:\n" +
        $"its facts are in index.yaml, and its text in one Markdown file per language ({Markdown(config)}). " +
        "It is a draft,\n" +
        "so it is never published.\n\n" +
        "## Writing the text\n\n" +
        "Paragraphs are separated by a blank line. A heading starts with `##`, an item of a list with `-`, " +
        "and a link to another\n" +
        "entry names its folder: `[Bắc Ninh](provinces/bac-ninh)`. " +
        "A Markdown file left empty is a translation not yet written:\n" +
        "its page shows this text instead, and says so.\n";

    private static string Markdown(SiteConfig config) => string.Join(", ", config.LanguageCodes.Select(l => l + ".md"));

    private static string Index(Collection collection, string slug, SiteConfig config,
        Func<Collection, IReadOnlyList<string>> existing, DateOnly today, string header, bool example)
    {
        var yaml = new StringBuilder(header).Append("draft: true\n");
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
            yaml.Append(field.Name).Append(':').Append(Value(field, slug, config, existing, today, example));
            if (field.Type is ListType { Item: RecordType items } && !example) Record(yaml, items, "#   - ", "#     ");
        }
        return yaml.ToString();
    }

    // What follows a required field's name: a value where one is obvious (in an example, any valid one), else nothing.
    private static string Value(FieldSchema field, string slug, SiteConfig config,
        Func<Collection, IReadOnlyList<string>> existing, DateOnly today, bool example) => field.Type switch
    {
        TextType when field.Name == "title" => $"\n  {config.DefaultLanguage.Code}: {Title(slug)}\n"
            + string.Concat(config.LanguageCodes.Skip(1).Select(other => $"  # {other}:\n")),
        ChoiceType => ItemValue(field, today),
        // The list's form, which editors rarely know: one '- slug' line per item.
        ListType { Item: ReferenceType reference } =>
            $"\n  {(example ? "" : "# ")}- {(existing(reference.Target) is [var first, ..] ? first : "slug")}\n",
        ReferenceType reference when example => $" {(existing(reference.Target) is [var first, ..] ? first : "")}\n",
        // One item with its required fields filled in, such as a procedure's first step.
        ListType { Item: RecordType record } when example => "\n" + string.Concat(record.Fields.Where(f => f.Required)
            .Select((f, i) => $"{(i == 0 ? "  - " : "    ")}{f.Name}:{ItemValue(f, today)}")),
        TextType or StringType when example => ItemValue(field, today),
        // Any valid number; the one required number of a collection is a year (a story's).
        NumberType when example => $" {today.Year.ToString(CultureInfo.InvariantCulture)}\n",
        // An event's start, to correct, and its other fields as commented lines.
        EventTimeType time =>
            $"\n  start: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  " +
            "# the day it starts: correct it, " +
            "and add the time when known (2026-05-17 08:30)\n" + string.Concat(time.Fields.Skip(1).Select(f =>
                $"  # {f.Name}: {f.Description}\n")),
        DateType => $" {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            + "  # the day the entry was created: correct it when you publish\n",
        _ => "\n",
    };

    // A value of a required field of an example, or of its list item: any valid one.
    private static string ItemValue(FieldSchema field, DateOnly today) => field.Type switch
    {
        TextType or StringType => $" \"An example: {field.Description}.\"\n",
        ChoiceType choice => $" {choice.Values[0]}\n",
        DateType => $" {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n",
        NumberType => " 0\n",
        _ => "\n",
    };

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
