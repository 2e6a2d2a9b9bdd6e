using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.FileSystem;
using ForeignAffairs.Imaging;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// What templates see of every entry in one page language: title, summary, URL, body, fields with references made into
/// the referred entries' views, and the entries that refer to it (<c>related.projects</c>). Built once per language; a
/// rebuild of a live site refills only the views of the entries that changed.
/// </summary>
internal sealed class EntryViews
{
    // The texts of a gallery image that are written per language.
    private static readonly string[] ImageTexts = ["alt", "caption"];

    private readonly Dictionary<EntryKey, EntryView> _views;
    private readonly string _language;
    private readonly string _defaultLanguage;
    private readonly Site _site;

    /// <summary>
    /// The views of <paramref name="site"/>'s entries. With <paramref name="previous"/>, the views of the same entries
    /// in the same settings made for an earlier load of the site, the views are those, and only the views of the
    /// entries that were read again, or that other entries refer to differently, are filled again: views refer to each
    /// other, so they keep who they are.
    /// </summary>
    public EntryViews(Site site, Language language, SiteUrls urls, MarkdownRenderer markdown,
        EntryViews? previous = null)
    {
        (_site, _language, _defaultLanguage) = (site, language.Code, site.Config.DefaultLanguage.Code);
        _views = previous?._views ?? site.Entries.ToDictionary(e => e.Key, e => new EntryView(e.Key));
        // Filled on every core: a view is filled from its entry and refers to the others without changing them.
        Parallel.ForEach(Candidates(site, previous?._site).ToArray(), Cores.Each, entry =>
        {
            if (previous is not null && !Changed(previous._site, entry)) return;
            var view = _views[entry.Key];
            view.IsReadOnly = false;
            view.Clear();
            Fill(view, entry, site, urls, markdown);
            // Views are shared by every page of the language: a template must not change what the next page sees.
            view.IsReadOnly = true;
        });
        ByCollection = Collection.All.ToDictionary(
            c => c.Name,
            c => (ScriptArray)new SharedArray(site.In(c).Select(e => _views[e.Key])),
            StringComparer.Ordinal);
    }

    // The entries that may have changed since before: all of them, unless the site was updated from that one, when only
    // those it replaced and those they refer to (whose lists of referrers hold them) can have.
    private static IEnumerable<Entry> Candidates(Site site, Site? before) =>
        before is not null && site.ReplacedSince(before) is { } replaced
            ? replaced.Concat(replaced.SelectMany(e => e.References).Distinct().Select(site.Find).OfType<Entry>())
                .Distinct()
            : site.Entries;

    // Entries that did not change are the same objects from one load to the next.
    private bool Changed(Site before, Entry entry) =>
        !ReferenceEquals(before.Find(entry.Key), entry)
        || !before.ReferencesTo(entry.Key)
            .SequenceEqual(_site.ReferencesTo(entry.Key), ReferenceEqualityComparer.Instance);

    /// <summary>The views of each collection's entries, in presentation order.</summary>
    public IReadOnlyDictionary<string, ScriptArray> ByCollection { get; }

    /// <summary>The view of an entry.</summary>
    public ScriptObject this[EntryKey key] => _views[key];

    /// <summary>The view of the entry written <c>collection/slug</c>, if it exists.</summary>
    public ScriptObject? Find(string reference)
    {
        var parts = reference.Split('/');
        return parts.Length == 2 && Collection.Find(parts[0]) is { } collection
            ? _views.GetValueOrDefault(new EntryKey(collection, parts[1]))
            : null;
    }

    /// <summary>
    /// The language whose text an entry's page shows in this language: this one if the entry is written in it, else the
    /// default, else the first it is written in (for an entry without Markdown, the languages of its title count).
    /// </summary>
    public static string ContentLanguage(Entry entry, string language, SiteConfig config) =>
        entry.IsWrittenIn(language) ? language
        : entry.IsWrittenIn(config.DefaultLanguage.Code) ? config.DefaultLanguage.Code
        : config.LanguageCodes.FirstOrDefault(entry.IsWrittenIn) ?? language;

    private void Fill(ScriptObject view, Entry entry, Site site, SiteUrls urls, MarkdownRenderer markdown)
    {
        var path = SiteUrls.EntryPath(_language, entry.Key);
        var (title, titleLanguage) = entry.Title.Resolve(_language, _defaultLanguage);
        var contentLanguage = ContentLanguage(entry, _language, site.Config);

        view["collection"] = entry.Key.Collection.Name;
        view["slug"] = entry.Key.Slug;
        view["key"] = entry.Key.ToString();
        view["title"] = title;
        view["title_lang"] = titleLanguage;
        var summary = entry.Summary?.Resolve(_language, _defaultLanguage);
        view["summary"] = summary?.Text;
        view["summary_lang"] = summary?.Language;
        view["url"] = urls.Url(path);
        view["permalink"] = urls.Permalink(path);
        view["date"] = entry.Date?.ToDateTime(TimeOnly.MinValue);
        view["is_translated"] = entry.IsWrittenIn(_language);
        view["content_lang"] = contentLanguage;
        var content = entry.Texts.TryGetValue(contentLanguage, out var text)
            ? markdown.Render(entry, text, _language)
            : new RawHtml("");
        view["content"] = content;
        view["has_content"] = !string.IsNullOrWhiteSpace(content.Html);
        view["fields"] = Record(entry.Fields);
        // The images the entry shows in its gallery are not listed again as its documents.
        var shown = ListedImages(entry).Select(image => image["file"]).ToHashSet();
        view["resources"] = new SharedArray(entry.Resources.Where(r => !shown.Contains(r)).Select(r =>
            new SharedObject { ["name"] = r, ["url"] = urls.Url(path + PublishedName.Escape(r)) }.Seal()));
        view["images"] = Images(entry, markdown.Images, urls);

        var related = new SharedObject(Collection.All.Count);
        foreach (var group in site.ReferencesTo(entry.Key).GroupBy(e => e.Key.Collection.Name, StringComparer.Ordinal))
            related[group.Key] = new SharedArray(group.Select(e => _views[e.Key]));
        foreach (var collection in Collection.All.Where(c => !related.ContainsKey(c.Name)))
            related[collection.Name] = new SharedArray([]);
        view["related"] = related.Seal();
    }

    // The images the entry lists, as pictures: the sizes and formats of each, its width and height, and its texts in
    // this language. An image that could not be processed has been reported, and the build stops before a page shows
    // it.
    private SharedArray Images(Entry entry, SiteImages images, SiteUrls urls) =>
        new(ListedImages(entry)
            .Select(fields => (Fields: fields, Image: images.Find(entry.Key, (string)fields["file"])))
            .Where(item => item.Image is not null)
            .Select(item =>
            {
                var picture = new Picture(item.Image!, urls);
                var view = new SharedObject
                {
                    ["src"] = picture.Src,
                    ["srcset"] = picture.FallbackSrcset,
                    ["modern_srcset"] = picture.ModernSrcset,
                    ["modern_type"] = picture.ModernType,
                    ["width"] = item.Image!.Default.Width,
                    ["height"] = item.Image.Default.Height,
                    ["credit"] = item.Fields.GetValueOrDefault("credit"),
                };
                foreach (var name in ImageTexts)
                {
                    if (item.Fields.GetValueOrDefault(name) is not LocalizedText text) continue;
                    var (value, language) = text.Resolve(_language, _defaultLanguage);
                    view[name] = value;
                    view[name + "_lang"] = language;
                }
                return (object)view.Seal();
            }));

    // The records of the entry's images field, in their order.
    private static IEnumerable<IReadOnlyDictionary<string, object>> ListedImages(Entry entry) =>
        entry.Fields.GetValueOrDefault("images") is IEnumerable<object> listed
            ? listed.OfType<IReadOnlyDictionary<string, object>>()
            : [];

    // Views are shared by every page of a language, and a page is rendered again only when what it reads changes: a
    // template must not change what another page sees. A text also says which language it is in (name_lang), since it
    // may fall back to another; a list of texts gives the language of each item, in the same order.
    private ScriptObject Record(IReadOnlyDictionary<string, object> fields)
    {
        // Room for each field and the language of each text (a list of texts, rarer, may add one more).
        var record = new SharedObject(fields.Count + fields.Values.Count(v => v is LocalizedText));
        foreach (var (name, value) in fields)
        {
            record[name] = Value(value);
            if (value is LocalizedText text)
                record[name + "_lang"] = text.Resolve(_language, _defaultLanguage).Language;
            else if (value is IEnumerable<object> list && list.Any(item => item is LocalizedText))
                record[name + "_lang"] = new SharedArray(list.Select(item =>
                    (item as LocalizedText)?.Resolve(_language, _defaultLanguage).Language));
        }
        return record.Seal();
    }

    private object? Value(object value) => value switch
    {
        LocalizedText text => text.Resolve(_language, _defaultLanguage).Text,
        EntryKey key => _views[key],
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        IReadOnlyDictionary<string, object> record => Record(record),
        IEnumerable<object> list => new SharedArray(list.Select(Value)),
        _ => value,
    };
}
