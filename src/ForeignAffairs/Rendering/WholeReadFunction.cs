using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// One of Scriban's functions on whole objects (<c>object.values</c>, <c>object.to_json</c>...), which read an entry's
/// members without the member reads that note a page's dependencies: it notes that the page depends on all of every
/// entry it is given.
/// </summary>
internal sealed class WholeReadFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => inner.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement)
    {
        foreach (var argument in arguments) (context as HtmlTemplateContext)?.ReadWhole(argument);
        return inner.Invoke(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
