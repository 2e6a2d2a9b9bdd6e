using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A call, from a compiled template, of a function that takes its arguments as they are given (Scriban's
/// <see cref="ScriptVarParamKind.Direct"/>: <c>include</c>, <c>include_cached</c>): the arguments gathered as Scriban's
/// <c>ScriptFunctionCall.Call</c> gathers them, the ones by position converted in turn and the named ones set by name
/// on the same array, then the function invoked as one more level of recursion.
/// </summary>
internal static class ArgumentsCall
{
    /// <summary>
    /// Whether <paramref name="function"/> takes <paramref name="arguments"/> this way; otherwise, as when Scriban
    /// would refuse them, the interpreter's call takes them.
    /// </summary>
    public static bool Takes(IScriptCustomFunction function, CompiledArgument[] arguments)
    {
        if (function.VarParamKind != ScriptVarParamKind.Direct || function.ParameterCount >= 64) return false;
        var positional = 0;
        foreach (var argument in arguments)
        {
            if (argument.Name is null) positional++;
            else if (argument.Name == "size" || NamesParameter(function, argument.Name)) return false;
        }
        return positional >= function.RequiredParameterCount;
    }

    /// <summary>
    /// Calls <paramref name="function"/>, which <see cref="Takes"/> the arguments, for <paramref name="call"/>.
    /// </summary>
    public static object? Invoke(TemplateContext context, ScriptFunctionCall call, IScriptCustomFunction function,
        CompiledArgument[] arguments)
    {
        var values = new ScriptArray(arguments.Length);
        foreach (var argument in arguments)
        {
            var value = argument.Value(context);
            if (argument.Name is { } name) values.TrySetValue(context, call.Span, name, value, false);
            else values.Add(context.ToObject(argument.Span, value, ParameterType(function, values.Count)));
        }
        return ScribanState.Invoke(context, call, (Function: function, Call: call, Values: values),
            static (context, invocation) =>
                invocation.Function.Invoke(context, invocation.Call, invocation.Values, null));
    }

    private static Type ParameterType(IScriptCustomFunction function, int index) =>
        function.GetParameterInfo(index).ParameterType;

    // A named argument that names a parameter is given at that parameter's place, which Scriban's call works out.
    private static bool NamesParameter(IScriptCustomFunction function, string name)
    {
        for (var i = 0; i < function.ParameterCount; i++)
            if (function.GetParameterInfo(i).Name == name) return true;
        return false;
    }
}
