using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Localization;
using ForeignAffairs.Routing;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// The validation stage: checks slugs, reads every field against its collection's schema, and checks references.
/// </summary>
internal static class SiteValidator
{
    /// <summary>
    /// Validates <paramref name="source"/>; problems go to <paramref name="diagnostics"/>, and entries with errors are
    /// left out. Drafts are checked too, but left out of the site, and published entries may not refer or link to them.
    /// With <paramref name="memory"/>, an entry read from the same files as at the last validation of the same set of
    /// entries is not checked again.
    /// </summary>
    public static Site Validate(SiteSource source, DiagnosticBag diagnostics, CheckedEntries? memory = null)
    {
        var distinct = WithoutDuplicateSlugs(source.Entries, diagnostics);
        var bySlug = distinct.ToLookup(e => IsValidSlug(e, diagnostics));
        var valid = bySlug[true].ToList();
        var misnamed = Misnamed(bySlug[false]);
        var keys = valid.Select(e => e.Key).ToHashSet();
        var drafts = valid.Where(IsDraft).Select(e => e.Key).ToHashSet();
        var published = keys.Except(drafts).ToHashSet();
        memory?.Start(source.Config.Source, keys, drafts, misnamed);
        var urls = new SiteUrls(source.Config);
        var rawHtml = new RawHtmlPolicy(source.Config.IframeHosts ?? []);
        // A draft may link to other drafts; a published entry only to published ones.
        var draftLinks = new LinkResolver(keys, urls, drafts, misnamed);
        var publishedLinks = new LinkResolver(published, urls, drafts, misnamed);

        // Entries are checked on every core, each into a bag of its own: an entry with errors is left out, and only its
        // own count.
        var checkedEntries = new Entry?[valid.Count];
        Parallel.For(0, valid.Count, Cores.Each, i =>
        {
            var entry = valid[i];
            var isDraft = drafts.Contains(entry.Key);
            var known = memory?.Find(entry);
            var result = known
                ?? Check(entry, source, isDraft ? keys : published, drafts, misnamed,
                    isDraft ? draftLinks : publishedLinks, rawHtml);
            // A result found is kept already; keeping takes a lock, which thousands of kept entries would queue on.
            if (known is null) memory?.Keep(entry, result);
            checkedEntries[i] = result.Entry;
            diagnostics.AddRange(result.Diagnostics);
        });
        // The links of the entries that will be published are checked where their texts are rendered, which parses each
        // text once. When the site has errors it is not rendered: they are checked here, so that one run reports every
        // mistake.
        if (diagnostics.HasErrors)
        {
            Parallel.For(0, valid.Count, Cores.Each, i =>
            {
                if (checkedEntries[i] is not null) CheckLinks(valid[i], publishedLinks, rawHtml, diagnostics);
            });
        }
        WarnOfProvincesOwnParks(valid, published, diagnostics);
        var draftKeys = drafts.Order().ToArray();
        return memory?.Site(source.Root, source.Config, checkedEntries, draftKeys)
            ?? new Site(source.Root, source.Config, checkedEntries.OfType<Entry>(), draftKeys);
    }

    private static readonly YamlScalarNode IndustrialParksKey = new("industrial_parks");

    // A site with parks shows each province's parks from the parks collection: a province's own list would go unseen.
    private static void WarnOfProvincesOwnParks(IEnumerable<EntrySource> entries, IReadOnlySet<EntryKey> published,
        DiagnosticBag diagnostics)
    {
        if (!published.Any(k => k.Collection == Collection.Parks)) return;
        foreach (var entry in entries.Where(e => e.Key.Collection == Collection.Provinces && e.Index is not null))
        {
            var key = entry.Index!.Root.Children.Keys.FirstOrDefault(k => k.Equals(IndustrialParksKey));
            if (key is null) continue;
            diagnostics.Warning(DiagnosticCodes.ParksListedTwice, entry.Index.Locate(key),
                "this list of industrial parks is not shown: the site's parks are entries of content/parks/, " +
                "and the province's page lists those",
                "give each park an entry of its own in content/parks/ that names this province, and delete " +
                "industrial_parks");
        }
    }

    private static CheckedEntries.Checked Check(EntrySource entry, SiteSource source, IReadOnlySet<EntryKey> targets,
        IReadOnlySet<EntryKey> drafts, IReadOnlySet<EntryKey> misnamed, LinkResolver links, RawHtmlPolicy rawHtml)
    {
        var own = new DiagnosticBag();
        var isDraft = drafts.Contains(entry.Key);
        var valid = ValidateEntry(entry, source, targets, drafts, misnamed, own);
        // Texts that will not be rendered, of drafts and of entries with errors, are checked here: links to a draft
        // from a draft are fine, and a broken link is reported even in an entry with other mistakes.
        if (valid is null || isDraft) CheckLinks(entry, links, rawHtml, own);
        return new CheckedEntries.Checked(valid, own);
    }

    // A draft says so in its index.yaml; a draft: value that is not true or false is reported when the field is read.
    private static bool IsDraft(EntrySource entry) =>
        entry.Index is { } index && DraftField.IsSet(index.Root);

    // Every Markdown text is checked against every entry with a valid folder name, so that an entry with a typo
    // elsewhere does not make links to it look broken.
    private static void CheckLinks(EntrySource entry, LinkResolver resolver, RawHtmlPolicy rawHtml,
        DiagnosticBag diagnostics)
    {
        foreach (var text in entry.Translations.Values)
        {
            if (MarkdownSyntax.Parse(text.Body, text.Path, text.BodyLine, diagnostics) is not { } document) continue;
            var links = MarkdownSyntax.Links(document, text.Body, text.Path, text.BodyLine);
            foreach (var link in links) resolver.Resolve(link, entry.Key, entry.Resources, text.Language, diagnostics);
            if (RawHtmlPolicy.HasRawHtml(document)) ReportRemovedHtml(document, text, rawHtml, diagnostics);
        }
    }

    private static void ReportRemovedHtml(Markdig.Syntax.MarkdownDocument document, TranslationSource text,
        RawHtmlPolicy rawHtml, DiagnosticBag diagnostics)
    {
        if (MarkdownSyntax.ToHtml(document, text.Path, text.BodyLine, diagnostics) is not { } html) return;
        RawHtmlPolicy.ReportRemoved(document, text.Body, text.Path, text.BodyLine, rawHtml.Clean(html).Removed,
            diagnostics);
    }

    // An entry whose folder name is invalid is known under that name and under the slug its diagnostic suggests:
    // references by either name are not reported again.
    private static HashSet<EntryKey> Misnamed(IEnumerable<EntrySource> invalid) =>
        invalid.SelectMany(e => new[] { e.Key, e.Key with { Slug = SlugRule.Slugify(e.Key.Slug) } }).ToHashSet();

    private static bool IsValidSlug(EntrySource entry, DiagnosticBag diagnostics)
    {
        if (SlugRule.Check(entry.Key.Collection, entry.Key.Slug) is not { } problem) return true;
        diagnostics.Error(problem.Code, SourceLocation.File(entry.Key.Folder), problem.Problem, problem.Hint);
        return false;
    }

    private static IEnumerable<EntrySource> WithoutDuplicateSlugs(IReadOnlyList<EntrySource> entries,
        DiagnosticBag diagnostics)
    {
        var duplicates = new HashSet<EntrySource>(ReferenceEqualityComparer.Instance);
        // Folder names that differ only in Unicode normalization (NFC from Windows and Linux, NFD from macOS) or in
        // case look the same to an editor and become one folder on many file systems.
        foreach (var group in entries
            .GroupBy(e => (e.Key.Collection, Slug: e.Key.Slug.Normalize(NormalizationForm.FormC).ToLowerInvariant()))
            .Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                var how = duplicate.Key.Slug.Normalize(NormalizationForm.FormC)
                    == first.Key.Slug.Normalize(NormalizationForm.FormC)
                    ? "it looks the same but its accents are encoded differently (NFC and NFD Unicode forms, as some " +
                      "macOS tools write)"
                    : "they differ only in upper and lower case";
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, SourceLocation.File(duplicate.Key.Folder),
                    $"this folder has the same name as {first.Key.Folder}: {how}", "merge the two folders into one");
                duplicates.Add(duplicate);
            }
        }
        return entries.Where(e => !duplicates.Contains(e));
    }

    private static Entry? ValidateEntry(EntrySource source, SiteSource site, IReadOnlySet<EntryKey> keys,
        IReadOnlySet<EntryKey> drafts, IReadOnlySet<EntryKey> misnamed, DiagnosticBag diagnostics)
    {
        var isDraft = drafts.Contains(source.Key);
        if (source.Index is null) return null;
        var schema = ContentSchemas.For(source.Key.Collection);
        var languages = site.Config.LanguageCodes;
        var errorsBefore = diagnostics.ErrorCount;
        var what = $"an entry of {source.Key.Collection.Name}/";

        var facts = new ValueContext(source.Index, languages, keys, diagnostics, IsDraft: isDraft, Drafts: drafts,
            Misnamed: misnamed, Resources: source.Resources);
        var fields = new SortedDictionary<string, object>((IDictionary<string, object>)FieldSetReader.Read(
            source.Index.Root, schema.Fields, facts, false, what), StringComparer.Ordinal);
        var texts = new SortedDictionary<string, EntryText>(StringComparer.Ordinal);

        foreach (var (language, translation) in source.Translations)
        {
            if (translation.FrontMatter is not { } frontMatter)
            {
                texts[language] = new EntryText(language, translation.Path, translation.Body, translation.BodyLine,
                    translation.Fingerprint, null);
                continue;
            }
            RejectFacts(frontMatter, schema, diagnostics);
            var context = new ValueContext(frontMatter, languages, keys, diagnostics, OnlyLanguage: language,
                IsDraft: isDraft, Drafts: drafts, Misnamed: misnamed);
            var overrides = FieldSetReader.Read(WithoutFacts(frontMatter.Root, schema), FrontMatterFields(schema),
                context, false, $"the front matter of {language}.md");
            texts[language] = new EntryText(language, translation.Path, translation.Body, translation.BodyLine,
                translation.Fingerprint, overrides.GetValueOrDefault(SourceFingerprint.Field) as string);
            foreach (var (name, value) in overrides.Where(o => o.Key != SourceFingerprint.Field))
                fields[name] = fields.TryGetValue(name, out var existing)
                    ? ((LocalizedText)existing).With((LocalizedText)value) : value;
        }

        ReportMissing(source, schema, fields, texts, site.Config.DefaultLanguage, isDraft, diagnostics);

        // A draft is checked, but it is not part of the site; it may still lack what an entry needs.
        if (diagnostics.ErrorCount > errorsBefore || isDraft) return null;

        return new Entry(
            source.Key,
            (LocalizedText)fields["title"],
            fields.GetValueOrDefault("summary") as LocalizedText,
            schema.DateField is { } dateField && fields.TryGetValue(dateField, out var date)
                ? date as DateOnly? ?? ((EventTime)date).StartDate
                : null,
            fields.TryGetValue("weight", out var weight) ? (long)weight : long.MaxValue,
            fields,
            texts,
            source.Resources) { Images = source.Images };
    }

    // What an entry lacks: required fields given nowhere, a title in the default language, the default language's text.
    private static void ReportMissing(EntrySource source, CollectionSchema schema,
        IReadOnlyDictionary<string, object> fields, IReadOnlyDictionary<string, EntryText> texts,
        Language defaultLanguage, bool isDraft, DiagnosticBag diagnostics)
    {
        var index = source.Index!;
        var given = source.Translations.Values.Select(t => t.FrontMatter).OfType<YamlSource>().Prepend(index)
            .SelectMany(y => y.Root.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value))
            .ToHashSet(StringComparer.Ordinal);
        // A field that is given but invalid has been reported already; only report fields that are absent.
        foreach (var field in schema.Fields.Where(f => f.Required && !given.Contains(f.Name)))
        {
            ValueContext.Missing(diagnostics, index.Locate(index.Root) with { Line = 0, Column = 0 }, isDraft,
                field.Name, $"an entry of {source.Key.Collection.Name}/ is missing the required field '{field.Name}'",
                $"add '{field.Name}:' with {field.Type.Description} ({field.Description})");
        }

        if (fields.TryGetValue("title", out var title) && !((LocalizedText)title).TryGet(defaultLanguage.Code, out _))
        {
            // At the title that lacks it when index.yaml gives one; else at index.yaml as a whole, the entry's file.
            diagnostics.Error(DiagnosticCodes.MissingField, index.LocateValue("title"),
                $"the entry has no title in {defaultLanguage.Name} ({defaultLanguage.Code}), the site's default " +
                "language",
                $"give 'title' a '{defaultLanguage.Code}:' text, or write the title in {defaultLanguage.Code}.md's " +
                "front matter");
        }

        // A default-language file that could not be read was reported as such already.
        if (texts.Count > 0 && !texts.ContainsKey(defaultLanguage.Code)
            && !source.Unreadable.Contains(defaultLanguage.Code, StringComparer.Ordinal))
        {
            var empty = source.Unwritten.Contains(defaultLanguage.Code, StringComparer.Ordinal);
            diagnostics.Error(DiagnosticCodes.NoDefaultText,
                SourceLocation.File($"{source.Key.Folder}/{defaultLanguage.Code}.md"),
                $"the entry is written in {string.Join(", ", texts.Keys)} but not in {defaultLanguage.Name}, " +
                $"the site's default language, which every translation is made from" +
                (empty ? $": {defaultLanguage.Code}.md is empty" : ""),
                empty ? $"write the {defaultLanguage.Name} text in {defaultLanguage.Code}.md"
                    : $"add {defaultLanguage.Code}.md");
        }
    }

    private static readonly FieldSchema TranslatedFrom = new(SourceFingerprint.Field, new StringType(), false,
        "the fingerprint of the default-language text this translation was made from, " +
        "written by 'translations --mark'");

    /// <summary>
    /// What a translation's front matter may set: the collection's text fields, and the source it was translated from.
    /// </summary>
    public static IReadOnlyList<FieldSchema> FrontMatterFields(CollectionSchema schema) =>
        [.. schema.Fields.Where(f => f.Type is TextType), TranslatedFrom];

    private static void RejectFacts(YamlSource frontMatter, CollectionSchema schema, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, _) in frontMatter.Root.Children)
        {
            if (schema.Find((keyNode as YamlScalarNode)?.Value ?? "") is { Type: not TextType } fact)
            {
                diagnostics.Error(DiagnosticCodes.UnknownField, frontMatter.Locate(keyNode),
                    $"'{fact.Name}' is a fact shared by every language, so it cannot be set in one translation",
                    "move it to index.yaml, so that every language shows the same figure");
            }
        }
    }

    private static YamlMappingNode WithoutFacts(YamlMappingNode mapping, CollectionSchema schema)
    {
        var copy = new YamlMappingNode();
        foreach (var (key, value) in mapping.Children)
        {
            if (schema.Find((key as YamlScalarNode)?.Value ?? "") is { Type: not TextType }) continue;
            copy.Children.Add(key, value);
        }
        return copy;
    }
}
