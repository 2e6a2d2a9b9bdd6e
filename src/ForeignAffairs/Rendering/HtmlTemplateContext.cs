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
        // The object functions (values, has_value, to_json...) read whole objects without the member reads that note
        // dependencies: this context's own copies note them first.
        var objects = new ScriptObject();
        foreach (var (name, function) in (ScriptObject)BuiltinObject["object"]!)
            objects[name] = function is IScriptCustomFunction custom ? new WholeReadFunction(custom) : function;
        BuiltinObject.SetValue("object", objects, true);
        // Numbers written and strings sorted by templates must not depend on the machine's language: the same input gives the same bytes.
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Where the page being rendered notes what it reads; null when no rebuild will need to know.</summary>
    public PageDependencies? Dependencies { get; set; }

    // A template that writes or walks a whole entry depends on all of it, not on the members it names.
    public override string? ObjectToString(object? value, bool nested = false)
    {
        if (value is EntryView view) Dependencies?.Read(view.Key, PageDependencies.Whole);
        return base.ObjectToString(value, nested);
    }

    public override System.Collections.IList? ToList(SourceSpan span, object? value)
    {
        if (value is EntryView view) Dependencies?.Read(view.Key, PageDependencies.Whole);
        return base.ToList(span, value);
    }

    protected override IListAccessor? GetListAccessorImpl(object target, Type type)
    {
        var accessor = base.GetListAccessorImpl(target, type);
        return accessor is not null && target is SharedArray ? SharedArray.Guard(accessor) : accessor;
    }

    /// <summary>Notes that the page depends on the whole of every entry reachable from <paramref name="value"/>, as a serializer reads them.</summary>
    public void ReadWhole(object? value)
    {
        if (Dependencies is null) return;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object?>([value]);
        while (pending.TryPop(out var next))
        {
            if (next is null || !seen.Add(next)) continue;
            if (next is EntryView view) Dependencies.Read(view.Key, PageDependencies.Whole);
            if (next is ScriptObject obj) foreach (var member in obj.Values) pending.Push(member);
            else if (next is ScriptArray array) foreach (var item in array) pending.Push(item);
        }
    }

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
