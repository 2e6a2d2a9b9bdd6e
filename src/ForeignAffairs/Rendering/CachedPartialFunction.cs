using System.Buffers;
using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ForeignAffairs.Rendering;

/// <summary>
/// <c>include_cached name [key...]</c>, as Hugo's <c>partialCached</c>: the partial is rendered once per page language
/// and distinct keys, and its markup reused on every other page that asks for it. For partials whose output depends
/// only on the language and the keys: the footer, or the row of a project in a table keyed by the project. An entry as
/// a key stands for that entry. The keys are also passed to the partial as <c>include</c> passes arguments. What the
/// partial read is noted on every page that uses it, so that a rebuild renders those pages again when it changes.
/// </summary>
internal sealed class CachedPartialFunction(PartialCache cache) : IScriptCustomFunction
{
    private readonly PartialFunction _partial = new();
    // The key of the call being made, written again for each: the function belongs to one thread's renderer.
    private readonly ArrayBufferWriter<char> _key = new(256);

    public int RequiredParameterCount => _partial.RequiredParameterCount;
    public int ParameterCount => _partial.ParameterCount;
    public ScriptVarParamKind VarParamKind => _partial.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => _partial.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement)
    {
        RefuseNamedArguments(callerContext, "include_cached");
        _key.ResetWrittenCount();
        WriteKey(arguments, callerContext, _key);
        return Include((HtmlTemplateContext)context, callerContext, arguments, _key.WrittenSpan);
    }

    /// <summary>
    /// Stops a call of <paramref name="function"/> with named arguments: the partial would read them, but they are not
    /// keys, so that its markup would be reused on pages that give it other values.
    /// </summary>
    public static void RefuseNamedArguments(ScriptNode? caller, string function)
    {
        if (caller is ScriptFunctionCall call && call.Arguments.Any(a => a is ScriptNamedArgument))
            throw new ScriptRuntimeException(call.Span,
                $"{function} takes its keys as plain arguments, which the partial reads as $1, $2...: a named " +
                "argument would not be part of what its markup is cached by");
    }

    /// <summary>
    /// Writes to <paramref name="key"/> the cache key of a call with <paramref name="arguments"/>: the partial's name
    /// and its keys.
    /// </summary>
    public static void WriteKey(IEnumerable<object?> arguments, ScriptNode? caller, ArrayBufferWriter<char> key)
    {
        var first = true;
        foreach (var argument in arguments)
        {
            if (!first) key.Write([KeySeparator]);
            first = false;
            key.Write(Key(argument, caller));
        }
    }

    /// <summary>Separates the parts of a cache key.</summary>
    public const char KeySeparator = '\u001f';

    /// <summary>
    /// The partial's markup for <paramref name="arguments"/>, whose cache key is <paramref name="key"/>.
    /// </summary>
    public RawHtml Include(HtmlTemplateContext html, ScriptNode? callerContext, ScriptArray arguments,
        ReadOnlySpan<char> key)
    {
        var page = html.Dependencies;
        if (!cache.TryGet(key, out var rendered))
        {
            // Made before the partial renders, which may write other keys where this one is.
            var keyText = key.ToString();
            // The partial's own reads are kept apart, to be noted again on each page that reuses it; of the page, it
            // sees only the language, so that its markup cannot depend on which page rendered it first.
            var reads = page is null ? null : new PageDependencies();
            html.Dependencies = reads;
            html.PushGlobal(new ScriptObject(StringComparer.Ordinal) { ["page"] = new CachedPage(html.PageLanguage) });
            try
            {
                rendered = new PartialCache.Rendered(
                    new RawHtml(_partial.Include(html, callerContext, arguments, intoPage: false)!), reads);
            }
            finally
            {
                html.PopGlobal();
                html.Dependencies = page;
            }
            // Two threads may render the same partial at once; both results are the same markup.
            rendered = cache.Keep(keyText, rendered);
        }
        else if (html.Clock is { } clock)
        {
            var name = html.ObjectToString(arguments[0]);
            var path = html.GetTemplatePathFromName(name, callerContext ?? html.CurrentNode!);
            clock.Reused(HtmlTemplateContext.NameOf(html.CachedTemplates[path!]));
        }
        if (rendered.Reads is not null) page?.Include(rendered.Reads);
        return rendered.Html;
    }

    /// <summary>
    /// A part of a cache key, naming what the markup depends on: an entry by its key, texts, numbers and true or false
    /// as written.
    /// </summary>
    public static string Key(object? key, ScriptNode? caller) => key switch
    {
        null => "null",
        EntryView view => view.CacheKey,
        string text => $"text:{text}",
        bool flag => flag ? "true" : "false",
        IConvertible number and not (char or DateTime) =>
            $"number:{Convert.ToString(number, CultureInfo.InvariantCulture)}",
        _ => throw new ScriptRuntimeException(caller?.Span ?? default,
            "include_cached takes as keys entries, texts, numbers and true or false, " +
            "which name what the partial's markup depends on"),
    };

    // The page as a cached partial sees it: its language, and nothing that differs from page to page.
    private sealed class CachedPage(string language) : ScriptObject(0, autoImportStaticsFromThisType: false)
    {
        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
        {
            if (member != "lang")
                throw new ScriptRuntimeException(span,
                    $"a cached partial cannot read page.{member}: its markup is shared by every page of the " +
                    "language; give what it depends on as a key of include_cached, or include it with include");
            value = language;
            return true;
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
