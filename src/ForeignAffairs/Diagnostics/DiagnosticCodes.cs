namespace ForeignAffairs.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes. Codes are stable: an editor can search for one. FA1xxx: reading files; FA2xxx:
/// fields and values; FA3xxx: entries, slugs and references; FA4xxx: the theme; FA5xxx: the build and its output;
/// FA6xxx: the rendered pages, read back before they are published.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A file could not be read.</summary>
    public const string UnreadableFile = "FA1001";
    /// <summary>YAML syntax error.</summary>
    public const string YamlSyntax = "FA1002";
    /// <summary>A YAML document is not a mapping of field names to values.</summary>
    public const string YamlNotMapping = "FA1003";
    /// <summary>A required file (such as site.yaml) is missing.</summary>
    public const string MissingFile = "FA1004";
    /// <summary>A Markdown file's front matter is not closed.</summary>
    public const string UnclosedFrontMatter = "FA1005";
    /// <summary>A file in an entry folder named like a translation for a language the site does not declare.</summary>
    public const string UnknownLanguageFile = "FA1006";
    /// <summary>A YAML mapping names the same key twice.</summary>
    public const string DuplicateKey = "FA1007";
    /// <summary>A content file too large to be a hand-written YAML or Markdown file.</summary>
    public const string FileTooLarge = "FA1008";
    /// <summary>A text file that is not valid UTF-8.</summary>
    public const string InvalidEncoding = "FA1009";
    /// <summary>
    /// YAML nested deeper than any content needs (Markdown nested too deep is <see cref="MarkdownTooDeep"/>).
    /// </summary>
    public const string TooDeep = "FA1010";
    /// <summary>YAML anchors and aliases, which content does not need and which can expand without bound.</summary>
    public const string YamlAlias = "FA1011";
    /// <summary>A symbolic link in the site, which is not followed.</summary>
    public const string SymbolicLink = "FA1012";
    /// <summary>
    /// A file or folder name that cannot be published as it is: not UTF-8, a backslash, a control character, too long.
    /// </summary>
    public const string UnpublishableName = "FA1013";
    /// <summary>A named pipe, a device or a socket where a file should be; it is never opened.</summary>
    public const string SpecialFile = "FA1014";
    /// <summary>
    /// A file where only entry folders are read, such as a Markdown file directly in a collection folder.
    /// </summary>
    public const string StrayFile = "FA1015";
    /// <summary>
    /// A second YAML document after '---' in index.yaml or front matter, which would otherwise be dropped unread.
    /// </summary>
    public const string SecondDocument = "FA1016";
    /// <summary>A file of an entry named index.html, the name its own page is published under.</summary>
    public const string ReservedFileName = "FA1017";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "FA2001";
    /// <summary>A field the schema does not know.</summary>
    public const string UnknownField = "FA2002";
    /// <summary>A value of the wrong type (text where a number belongs...).</summary>
    public const string WrongType = "FA2003";
    /// <summary>
    /// A date that is not a valid YYYY-MM-DD date (or, for an event's time, not a valid date and time).
    /// </summary>
    public const string InvalidDate = "FA2004";
    /// <summary>A value outside the allowed set.</summary>
    public const string NotAllowed = "FA2005";
    /// <summary>A localized map names a language the site does not declare.</summary>
    public const string UnknownLanguage = "FA2006";
    /// <summary>An invalid site setting (base_url, languages, theme).</summary>
    public const string InvalidSetting = "FA2007";
    /// <summary>
    /// A control character (NUL, ESC, DEL, C1; a line break or tab outside multi-line text) in a value or a text.
    /// </summary>
    public const string ControlCharacter = "FA2008";
    /// <summary>A number below the least its field allows, such as a negative area or investment.</summary>
    public const string BelowMinimum = "FA2009";
    /// <summary>A number above the most its field allows, such as an occupancy rate over 100 %.</summary>
    public const string AboveMaximum = "FA2010";
    /// <summary>
    /// A province's own list of industrial parks on a site whose parks are entries of the parks collection (warning).
    /// </summary>
    public const string ParksListedTwice = "FA2011";
    /// <summary>
    /// A range whose shortest value is above its longest, such as a procedure step's time from 15 to 5 days, or an
    /// event that ends before it starts.
    /// </summary>
    public const string RangeReversed = "FA2012";

    /// <summary>A folder name that is not a valid slug.</summary>
    public const string InvalidSlug = "FA3001";
    /// <summary>Two entries with the same slug (including names equal after Unicode normalization).</summary>
    public const string DuplicateSlug = "FA3002";
    /// <summary>A reference to an entry that does not exist.</summary>
    public const string UnknownReference = "FA3003";
    /// <summary>A Markdown link to an entry that does not exist.</summary>
    public const string BrokenLink = "FA3004";
    /// <summary>An entry folder without index.yaml.</summary>
    public const string MissingIndex = "FA3005";
    /// <summary>A page slug that collides with a collection's list page.</summary>
    public const string ReservedSlug = "FA3006";
    /// <summary>A folder under content/ that is not a known collection.</summary>
    public const string UnknownCollection = "FA3007";

    /// <summary>
    /// An unsafe link: a Markdown link, address field or setting that the URL policy refuses (a scheme such as
    /// javascript: or data:, credentials, an invalid host, a mailto: with headers, a phone number with other
    /// characters).
    /// </summary>
    public const string UnsafeLink = "FA3008";
    /// <summary>An image without alternative text.</summary>
    public const string MissingAltText = "FA3009";
    /// <summary>An entry with Markdown text in other languages but none in the default language.</summary>
    public const string NoDefaultText = "FA3010";
    /// <summary>A link or resource path that leaves the entry's folder.</summary>
    public const string PathOutsideFolder = "FA3011";
    /// <summary>
    /// Raw HTML in Markdown that the allowlist removed (a script, an event handler, an iframe from an unlisted host).
    /// </summary>
    public const string RawHtmlRemoved = "FA3012";
    /// <summary>A draft still lacks a field it needs before it can be published.</summary>
    public const string DraftIncomplete = "FA3013";
    /// <summary>
    /// Markdown nested deeper than any text needs (quotes in quotes, lists in lists, emphasis in emphasis...).
    /// </summary>
    public const string MarkdownTooDeep = "FA3014";
    /// <summary>
    /// Markdown more than its parser can read in reasonable time: a paragraph full of unclosed marks, brackets,
    /// backticks or link addresses, more headings than can be numbered, or (should it ever happen) a text the parser
    /// fails on.
    /// </summary>
    public const string MarkdownTooComplex = "FA3015";
    /// <summary>The same entry named twice in one list of references, such as a sector listed twice.</summary>
    public const string DuplicateReference = "FA3016";
    /// <summary>
    /// An image in an entry's folder that cannot be processed: not the image its name says, damaged, or far too large.
    /// </summary>
    public const string ImageUnusable = "FA3017";

    /// <summary>The theme folder does not exist or lacks a required template.</summary>
    public const string MissingTemplate = "FA4001";
    /// <summary>A template syntax error.</summary>
    public const string TemplateSyntax = "FA4002";
    /// <summary>A template failed while rendering a page.</summary>
    public const string TemplateRuntime = "FA4003";
    /// <summary>A UI string key missing in a language (falls back to the default language).</summary>
    public const string MissingUiString = "FA4004";
    /// <summary>
    /// A template reads a variable that nothing sets for it: for a partial, neither the generator nor the partial (nor
    /// another template of the site's own folder); for a layout, neither the generator nor any template.
    /// </summary>
    public const string UnsetTemplateVariable = "FA4005";

    /// <summary>The output folder is not allowed (it is, or contains, the site folder).</summary>
    public const string InvalidOutput = "FA5001";
    /// <summary>The output could not be written.</summary>
    public const string WriteFailed = "FA5002";
    /// <summary>Two pages or files would be published at the same address.</summary>
    public const string PathCollision = "FA5003";
    /// <summary>The search index could not be built.</summary>
    public const string SearchIndexFailed = "FA5004";
    /// <summary>Search is left out because Pagefind (or Node.js) is not available.</summary>
    public const string SearchUnavailable = "FA5005";

    /// <summary>A link or resource address that points into the site but at no page or file it publishes.</summary>
    public const string BrokenOutputLink = "FA6001";
    /// <summary>A link to a fragment (#id) that no element of the target page has.</summary>
    public const string MissingFragment = "FA6002";
    /// <summary>Two elements of a page with the same id.</summary>
    public const string DuplicateId = "FA6003";
    /// <summary>
    /// An image on a rendered page without an alt attribute (alt="" marks a decorative image and is fine).
    /// </summary>
    public const string ImageWithoutAlt = "FA6004";
    /// <summary>A page without a non-empty title or without a meta description.</summary>
    public const string MissingTitleOrDescription = "FA6005";
    /// <summary>
    /// A page whose <c>html lang</c> is not the page's language (the default language for the root pages).
    /// </summary>
    public const string WrongPageLanguage = "FA6006";
    /// <summary>An hreflang alternate that does not list the page back (x-default excepted).</summary>
    public const string UnreciprocatedAlternate = "FA6007";
}
