using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// <c>include_cached name [key...]</c>, as Hugo's <c>partialCached</c>: the partial is rendered once per page language and
/// distinct keys, and its markup reused on every other page that asks for it. For partials whose output depends only on the
/// language and the keys: the footer, or the row of a project in a table keyed by the project. An entry as a key stands for
/// that entry. The keys are also passed to the partial as <c>include</c> passes arguments. What the partial read is noted
/// on every page that uses it, so that a rebuild renders those pages again when it changes.
/// </summary>
internal sealed class CachedPartialFunction(PartialCache cache) : IScriptCustomFunction
{
    private readonly PartialFunction _partial = new();

    public int RequiredParameterCount => _partial.RequiredParameterCount;
    public int ParameterCount => _partial.ParameterCount;
    public ScriptVarParamKind VarParamKind => _partial.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => _partial.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var html = (HtmlTemplateContext)context;
        var key = string.Join('\u001f', arguments.Select(a => a is EntryView view ? view.Key.ToString() : context.ObjectToString(a)));
        var page = html.Dependencies;
        if (!cache.TryGet(key, out var rendered))
        {
            // The partial's own reads are kept apart, to be noted again on each page that reuses it.
            var reads = page is null ? null : new PageDependencies();
            html.Dependencies = reads;
            try
            {
                rendered = new PartialCache.Rendered((RawHtml)_partial.Invoke(context, callerContext, arguments, blockStatement)!, reads);
            }
            finally
            {
                html.Dependencies = page;
            }
            // Two threads may render the same partial at once; both results are the same markup.
            rendered = cache.Keep(key, rendered);
        }
        if (rendered.Reads is not null) page?.Include(rendered.Reads);
        return rendered.Html;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
