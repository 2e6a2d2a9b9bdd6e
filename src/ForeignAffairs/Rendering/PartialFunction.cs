using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>Scriban's <c>include</c>, whose result is markup the partial has already escaped, so it is written as it is.</summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;
    public int ParameterCount => _include.ParameterCount;
    public ScriptVarParamKind VarParamKind => _include.VarParamKind;
    public Type ReturnType => typeof(RawHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count > 0 && arguments[0] is string name) (context as HtmlTemplateContext)?.Dependencies?.Use($"partials/{name}");
        return new RawHtml(context.ObjectToString(_include.Invoke(context, callerContext, arguments, blockStatement)) ?? "");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
