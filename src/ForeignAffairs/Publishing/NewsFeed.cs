using System.Globalization;
using System.Xml;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The Atom 1.0 feed of the news in one language, <c>/&lt;lang&gt;/news/feed.xml</c>: every news entry, newest first,
/// linking to its page in that language. An entry not translated into the language is still in its feed, with the title
/// its page shows (the default language's) marked with the language it is written in.
/// </summary>
internal static class NewsFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Where the feed of <paramref name="language"/> is published, relative to the output folder.</summary>
    public static string PathFor(string language) => SiteUrls.ListPath(language, Collection.News) + "feed.xml";

    /// <summary>
    /// The feed of <paramref name="site"/>'s news in <paramref name="language"/>, or null when the site has no news: a
    /// feed must say when it was last updated, and without news there is no date to give that does not change from one
    /// build to the next.
    /// </summary>
    public static PublishedDocument? For(Site site, Language language)
    {
        // The date is the news collection's required date field, so every valid news entry has one.
        var news = site.In(Collection.News)
            .Where(e => e.Date is not null)
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Key.Slug, StringComparer.Ordinal)
            .ToArray();
        if (news.Length == 0) return null;

        var config = site.Config;
        var urls = new SiteUrls(config);
        var code = language.Code;
        var defaultLanguage = config.DefaultLanguage.Code;
        var title = config.Title.Resolve(code, defaultLanguage);
        var self = urls.Permalink(PathFor(code));

        return new PublishedDocument(PathFor(code), XmlDocumentWriter.Write(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xmlns", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", XmlNamespace, code);
            WriteText(writer, "title", title, code);
            if (config.Description?.Resolve(code, defaultLanguage) is { } subtitle)
                WriteText(writer, "subtitle", subtitle, code);
            WriteLink(writer, "self", "application/atom+xml", self);
            WriteLink(writer, "alternate", "text/html", urls.Permalink(SiteUrls.ListPath(code, Collection.News)));
            writer.WriteElementString("id", AtomNamespace, self);
            writer.WriteElementString("updated", AtomNamespace, Timestamp(news[0].Date!.Value));
            // Atom requires an author for the feed or for every entry; the news is the site's own.
            writer.WriteStartElement("author", AtomNamespace);
            WriteText(writer, "name", title, code);
            writer.WriteEndElement();

            foreach (var entry in news)
            {
                var permalink = urls.Permalink(SiteUrls.EntryPath(code, entry.Key));
                writer.WriteStartElement("entry", AtomNamespace);
                WriteText(writer, "title", entry.Title.Resolve(code, defaultLanguage), code);
                WriteLink(writer, "alternate", "text/html", permalink);
                writer.WriteElementString("id", AtomNamespace, permalink);
                writer.WriteElementString("updated", AtomNamespace, Timestamp(entry.Date!.Value));
                if (entry.Summary?.Resolve(code, defaultLanguage) is { } summary)
                    WriteText(writer, "summary", summary, code);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }));
    }

    // Text borrowed from another language says so, as the pages do, so that readers pick the right voice and fonts.
    private static void WriteText(XmlWriter writer, string element, (string Text, string Language) text,
        string feedLanguage)
    {
        writer.WriteStartElement(element, AtomNamespace);
        if (text.Language != feedLanguage) writer.WriteAttributeString("xml", "lang", XmlNamespace, text.Language);
        writer.WriteString(XmlDocumentWriter.Clean(text.Text));
        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    // News has a date, not a time; midnight UTC keeps the feed the same on every build.
    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
