using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// <c>include_cached_each name list variable [keys...]</c>: for each item of <c>list</c>, sets <c>variable</c> to it and
/// writes <c>include_cached name item keys...</c>, as a template loop doing the same would, without the loop's work per
/// item in the template: a table of ten thousand projects is ten thousand cached rows.
/// </summary>
internal sealed class CachedPartialEachFunction(CachedPartialFunction single) : IScriptCustomFunction
{
    public int RequiredParameterCount => 3;
    public int ParameterCount => 3;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => index switch
    {
        0 => new ScriptParameterInfo(typeof(string), "template_name"),
        1 => new ScriptParameterInfo(typeof(object), "list"),
        2 => new ScriptParameterInfo(typeof(string), "variable"),
        _ => new ScriptParameterInfo(typeof(object), "key"),
    };

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < 3 || arguments[2] is not string { Length: > 0 } name)
            throw new ScriptRuntimeException(span, "include_cached_each needs a partial, a list and the name of the variable the partial reads");
        var variable = ScriptVariable.Create(name, ScriptVariableScope.Global);
        var keys = new ScriptArray(arguments.Count - 1) { arguments[0], null };
        for (var i = 3; i < arguments.Count; i++) keys.Add(arguments[i]);
        // The cache key differs from row to row only in the item: the rest of it is made once.
        var (head, tail) = (CachedPartialFunction.KeyOf(keys.Take(1), callerContext), CachedPartialFunction.KeyOf(keys.Skip(2), callerContext));
        var separator = CachedPartialFunction.KeySeparator;
        foreach (var item in arguments[1] as System.Collections.IEnumerable ?? Array.Empty<object>())
        {
            context.SetValue(variable, item);
            keys[1] = item;
            var itemKey = CachedPartialFunction.Key(item, callerContext);
            var key = keys.Count > 2 ? $"{head}{separator}{itemKey}{separator}{tail}" : $"{head}{separator}{itemKey}";
            context.Write(span, single.Include((HtmlTemplateContext)context, callerContext, keys, key));
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
