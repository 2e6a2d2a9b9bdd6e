using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Escaping here, rather than by filters in templates, means no theme can forget it.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ITemplateLoader loader, OutputBuffers? buffers = null)
    {
        _buffers = buffers ?? new OutputBuffers();
        TemplateLoader = loader;
        StrictVariables = false;
        // Optional fields are often absent: reading office.name when there is no office gives nothing rather than an
        // error.
        EnableRelaxedMemberAccess = true;
        // A runaway template stops with an error rather than hanging the build: each loop may run LoopStepLimit times
        // per page (see OnStepLoop). Scriban's own limit counts the loops nested in one another together, with the
        // steps of functions such as array.join over a range: it stays, far above what a long list (a province table of
        // 40,000 projects with their sectors) reaches, for iterations that are not loops of the template.
        LoopLimit = 10_000_000;
        RecursiveLimit = 64;
        LimitToString = 0;
        BuiltinObject.SetValue("include", new PartialFunction(), true);
        // The object functions (values, has_value, to_json...) read whole objects without the member reads that note
        // dependencies: this context's own copies note them first.
        var objects = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, function) in (ScriptObject)BuiltinObject["object"]!)
            objects[name] = function is IScriptCustomFunction custom ? new WholeReadFunction(custom) : function;
        BuiltinObject.SetValue("object", objects, true);
        // Numbers written and strings sorted by templates must not depend on the machine's language: the same input
        // gives the same bytes.
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Makes what each context copies, Scriban's built-in functions, which are made by reflection the first time: about
    /// 7 ms of a native build, which a build spends while it reads the content rather than before it renders.
    /// </summary>
    public static void Prepare() => _ = GetDefaultBuiltinObject();

    /// <summary>
    /// How often one loop statement may run on one page: far more than the longest list of a real site needs.
    /// </summary>
    public const long LoopStepLimit = 1_000_000;

    /// <summary>The variable that holds, in a layout, the markup of the page it lays out.</summary>
    public const string BodyVariable = "body";

    /// <summary>
    /// How long one page may take to render while a loop runs: a loop that builds ever longer strings reaches the step
    /// limit only after a very long time. The longest page of a real site takes well under a second.
    /// </summary>
    public static readonly TimeSpan PageTimeLimit = TimeSpan.FromSeconds(30);

    private readonly Dictionary<ScriptLoopStatementBase, long> _loopSteps = new(ReferenceEqualityComparer.Instance);
    private long _pageStarted;

    /// <summary>Starts a page in <paramref name="language"/>: its loops have not run yet.</summary>
    public void StartPage(string language)
    {
        PageLanguage = language;
        _loopSteps.Clear();
        _pageStarted = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        ref var steps =
            ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_loopSteps, loop, out _);
        if (++steps > LoopStepLimit) throw LoopLimitException.TooOften(loop, LoopStepLimit);
        if (steps % 256 == 0 && System.Diagnostics.Stopwatch.GetElapsedTime(_pageStarted) > PageTimeLimit)
            throw LoopLimitException.TooLong(loop, PageTimeLimit);
        return true;
    }

    /// <summary>The language of the page being rendered.</summary>
    public string PageLanguage { get; private set; } = "";

    /// <summary>Where the page being rendered notes what it reads; null when no rebuild will need to know.</summary>
    public PageDependencies? Dependencies { get; set; }

    /// <summary>
    /// The theme's compiled templates, which render them; null to have Scriban's interpreter render them all.
    /// </summary>
    public IReadOnlyDictionary<Template, CompiledTemplate>? Compiled { get; set; }

    /// <summary>Times the templates this context renders, when a build is asked for template metrics.</summary>
    public TemplateClock? Clock { get; set; }

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

    /// <summary>The writer of this context's structured data (<c>json_ld</c>).</summary>
    public JsonLd JsonLd { get; } = new();

    /// <summary>
    /// Notes that the page depends on the whole of every entry reachable from <paramref name="value"/>, as a serializer
    /// reads them.
    /// </summary>
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

    // Every function argument passes through here. Scriban's conversion looks up nullability, enums and conversion
    // interfaces by reflection before it finds that a value already has the type wanted, or that any value will do.
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (destinationType == typeof(object) ? value is not IScriptConvertibleTo : value?.GetType() == destinationType)
            return value;
        if (destinationType == typeof(string)) return ObjectToString(value);
        if (value is not null && Underlying(destinationType) == value.GetType()) return value;
        return base.ToObject(span, value, destinationType);
    }

    // The type a nullable type wraps (a date for DateTime?), or null; looked up once per type.
    private readonly Dictionary<Type, Type?> _underlying = [];

    private Type? Underlying(Type type)
    {
        if (!_underlying.TryGetValue(type, out var underlying))
            _underlying[type] = underlying = Nullable.GetUnderlyingType(type);
        return underlying;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw when string.IsNullOrEmpty(CurrentIndent) => WriteRaw(raw.Html),
        RawHtml raw => base.Write(span, raw.Html),
        // Not indented (an expression at the start of a line has an empty indent), the body is copied as it is; Scriban
        // would only note whether it ended a line, which no write reads before the text that follows it.
        PageBody body when string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput output =>
            Append(output, body),
        PageBody body => base.Write(span, body.ToString()),
        // Escaped straight into the page rather than into a string of its own first, on the same terms as a body.
        _ when string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput output =>
            AppendEscaped(output, ObjectToString(textAsObject) ?? ""),
        _ => base.Write(span, HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
    };

    // Markup written whole, as Scriban writes it when there is no indent to put before its lines. A statement after
    // {{~ has an empty indent, not none, and Scriban then writes the text line by line: a table of 10,000 cached rows
    // was searched for each of its line ends, and written in as many pieces. Unlike a body, which ends the layout's
    // line, raw markup is written anywhere: whether it ended a line is noted, as Scriban notes it.
    private HtmlTemplateContext WriteRaw(string html)
    {
        if (html.Length == 0) return this;
        PreviousTextWasNewLine(this) = html[^1] == '\n';
        Output.Write(html, 0, html.Length);
        return this;
    }

    /// <summary>
    /// Writes a template's own text, as Scriban does: where there is no indent to put before its lines (none, or an
    /// empty one), whole rather than line by line, which gives the same bytes.
    /// </summary>
    public void WriteText(ScriptStringSlice text)
    {
        if (!string.IsNullOrEmpty(CurrentIndent) || text.FullText is not { } whole || text.Length == 0)
        {
            Write(text);
            return;
        }
        PreviousTextWasNewLine(this) = whole[text.Index + text.Length - 1] == '\n';
        Output.Write(whole, text.Index, text.Length);
    }

    private HtmlTemplateContext AppendEscaped(StringBuilderOutput output, string text)
    {
        HtmlText.Append(output.Builder, text);
        return this;
    }

    private HtmlTemplateContext Append(StringBuilderOutput output, PageBody body)
    {
        output.Builder.Append(body.Html);
        return this;
    }

    /// <summary>
    /// Writes <paramref name="template"/> where the output has got to, as Template.Render does without taking the
    /// output.
    /// </summary>
    public void WriteTemplate(Template template)
    {
        if (template.Page is null) return;
        if (template.SourceFilePath is { } file) PushSourceFile(file);
        Clock?.Start(NameOf(template));
        try
        {
            var result = Compiled is { } compiled && compiled.TryGetValue(template, out var code)
                ? code.Evaluate(this)
                : Evaluate(template.Page);
            if (result is not null && EnableOutput) Write(template.Page.Span, result);
        }
        finally
        {
            Clock?.Stop();
            if (template.SourceFilePath is not null) PopSourceFile();
        }
    }

    /// <summary>The file a template was read from, which names it in the template metrics.</summary>
    public static string NameOf(Template template) => template.SourceFilePath ?? "(template)";

    /// <summary>
    /// Renders <paramref name="template"/> into a string of its own, leaving the context's output as it was.
    /// </summary>
    public string RenderToString(Template template)
    {
        var output = RentOutput();
        try
        {
            WriteTemplate(template);
            return output.Builder.ToString();
        }
        finally
        {
            ReturnOutput(output);
        }
    }

    /// <summary>
    /// Renders the partial <paramref name="template"/> into a string of its own, as Scriban's <c>RenderTemplate</c>
    /// does, but into a reused builder: Scriban's makes a new one for each partial, grows it, then empties it into
    /// another array.
    /// </summary>
    public string RenderPartial(Template template, ScriptArray arguments,
        IEnumerable<(ScriptVariable Variable, object? Value)> named, ScriptNode caller)
    {
        EnterRecursive(caller);
        var indent = CurrentIndent;
        var newLine = PreviousTextWasNewLine(this);
        CurrentIndent = null;
        var output = RentOutput();
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (variable, value) in named) SetValue(variable, value, false, true);
            // The partial's text starts apart from the line the caller was writing, as with Scriban's include.
            if (indent is not null) ResetPreviousNewLine();
            WriteTemplate(template);
            return output.Builder.ToString();
        }
        finally
        {
            PopLocal();
            ReturnOutput(output);
            CurrentIndent = indent;
            PreviousTextWasNewLine(this) = newLine;
            ExitRecursive(caller);
        }
    }

    // Whether the caller's last text ended a line, which decides where its next indented text is indented. Scriban
    // keeps it across an include without a way to read it: a change of the field's name fails every test that renders a
    // partial.
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field,
        Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    // Outputs kept from page to page: a builder that has grown to the size of a page is reused as it is, where a new
    // one would grow again chunk by chunk and be reallocated whole when Template.Render clears it.
    private readonly OutputBuffers _buffers;

    /// <summary>Makes an empty output the one written to, until <see cref="ReturnOutput"/>.</summary>
    public StringBuilderOutput RentOutput()
    {
        var output = _buffers.Rent();
        PushOutput(output);
        return output;
    }

    /// <summary>
    /// Restores the output written to before <see cref="RentOutput"/>, keeping <paramref name="output"/> for reuse.
    /// </summary>
    public void ReturnOutput(StringBuilderOutput output)
    {
        PopOutput();
        Recycle(output);
    }

    private void Recycle(StringBuilderOutput output) => _buffers.Return(output);

    /// <summary>
    /// Renders <paramref name="page"/>, then <paramref name="layout"/> around it, into a builder that the text returned
    /// holds until it is disposed: the layout writes the page's markup where it writes <c>body</c>, a variable of
    /// <paramref name="scope"/>.
    /// </summary>
    public PageText RenderInLayout(Template page, Template layout, ScriptObject scope)
    {
        var body = RentOutput();
        StringBuilderOutput? whole = null;
        try
        {
            WriteTemplate(page);
            PopOutput();
            scope[BodyVariable] = new PageBody(body.Builder);
            whole = RentOutput();
            WriteTemplate(layout);
            PopOutput();
            var text = new PageText(whole, _buffers);
            whole = null;
            return text;
        }
        finally
        {
            if (whole is not null)
            {
                if (ReferenceEquals(Output, whole)) PopOutput();
                Recycle(whole);
            }
            if (ReferenceEquals(Output, body)) PopOutput();
            Recycle(body);
        }
    }
}
