using Scriban;
using Scriban.Runtime;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Escaping here, rather than by filters in templates, means no theme can forget it.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ITemplateLoader loader)
    {
        TemplateLoader = loader;
        StrictVariables = false;
        // Optional fields are often absent: reading office.name when there is no office gives nothing rather than an error.
        EnableRelaxedMemberAccess = true;
        // A runaway template stops with an error rather than hanging the build.
        LoopLimit = 100_000;
        RecursiveLimit = 64;
        LimitToString = 0;
        BuiltinObject.SetValue("include", new PartialFunction(), true);
        // Numbers written and strings sorted by templates must not depend on the machine's language: the same input gives the same bytes.
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Where the page being rendered notes what it reads; null when no rebuild will need to know.</summary>
    public PageDependencies? Dependencies { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => base.Write(span, raw.Html),
        _ => base.Write(span, HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
    };

    /// <summary>Renders <paramref name="template"/> into a string of its own, leaving the context's output as it was.</summary>
    public string RenderToString(Template template)
    {
        PushOutput();
        try
        {
            return template.Render(this) ?? "";
        }
        finally
        {
            PopOutput();
        }
    }
}
