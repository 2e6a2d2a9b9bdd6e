using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A function templates call, invoked directly. Scriban wraps an imported delegate in a function that calls it through
/// reflection (<c>Delegate.DynamicInvoke</c>), which cost about a tenth of rendering time: these functions are called
/// on every page, many times. Arguments are converted by Scriban to the declared parameter types, as for an imported
/// delegate.
/// </summary>
internal sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly Func<TemplateContext, IList<object?>, object?> _body;
    private readonly ScriptParameterInfo[] _parameters;
    private readonly bool _rest;

    private TemplateFunction(Type returnType, Func<TemplateContext, IList<object?>, object?> body, bool rest,
        params Type[] parameters)
    {
        (ReturnType, _body, _rest) = (returnType, body, rest);
        _parameters = parameters.Select((type, i) => new ScriptParameterInfo(type, $"arg{i}")).ToArray();
    }

    /// <summary>A function of no argument, which Scriban calls wherever a template reads it as a value.</summary>
    public static TemplateFunction Of<TResult>(Func<TResult> body) => new(typeof(TResult), (_, _) => body(), false);

    /// <summary>A function of one argument.</summary>
    public static TemplateFunction Of<T, TResult>(Func<T, TResult> body) =>
        new(typeof(TResult), (_, args) => body((T)args[0]!), false, typeof(T));

    /// <summary>A function of two arguments.</summary>
    public static TemplateFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> body) =>
        new(typeof(TResult), (_, args) => body((T1)args[0]!, (T2)args[1]!), false, typeof(T1), typeof(T2));

    /// <summary>A function of three arguments.</summary>
    public static TemplateFunction Of<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> body) =>
        new(typeof(TResult), (_, args) => body((T1)args[0]!, (T2)args[1]!, (T3)args[2]!), false,
            typeof(T1), typeof(T2), typeof(T3));

    /// <summary>A function of four arguments.</summary>
    public static TemplateFunction Of<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> body) =>
        new(typeof(TResult), (_, args) => body((T1)args[0]!, (T2)args[1]!, (T3)args[2]!, (T4)args[3]!), false,
            typeof(T1), typeof(T2), typeof(T3), typeof(T4));

    /// <summary>
    /// A function of no argument that needs the template context, called wherever a template reads it as a value.
    /// </summary>
    public static TemplateFunction InContext<TResult>(Func<TemplateContext, TResult> body) =>
        new(typeof(TResult), (context, _) => body(context), false);

    /// <summary>A function of one argument that needs the template context.</summary>
    public static TemplateFunction InContext<T, TResult>(Func<TemplateContext, T, TResult> body) =>
        new(typeof(TResult), (context, args) => body(context, (T)args[0]!), false, typeof(T));

    /// <summary>A function of two arguments that needs the template context.</summary>
    public static TemplateFunction InContext<T1, T2, TResult>(Func<TemplateContext, T1, T2, TResult> body) =>
        new(typeof(TResult), (context, args) => body(context, (T1)args[0]!, (T2)args[1]!), false,
            typeof(T1), typeof(T2));

    /// <summary>A function of three arguments that needs the template context.</summary>
    public static TemplateFunction InContext<T1, T2, T3, TResult>(Func<TemplateContext, T1, T2, T3, TResult> body) =>
        new(typeof(TResult), (context, args) => body(context, (T1)args[0]!, (T2)args[1]!, (T3)args[2]!), false,
            typeof(T1), typeof(T2), typeof(T3));

    /// <summary>A function of one argument followed by any number of others, given as they are.</summary>
    public static TemplateFunction WithRest<T, TResult>(Func<T, object?[], TResult> body) =>
        new(typeof(TResult), (context, args) => body((T)args[0]!, [.. args.Skip(1)]), true, typeof(T));

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => _rest ? ScriptVarParamKind.Direct : ScriptVarParamKind.None;

    public Type ReturnType { get; }

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < _parameters.Length ? _parameters[index] : new ScriptParameterInfo(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        _body(context, arguments);

    /// <summary>Whether <see cref="Call"/> takes <paramref name="count"/> arguments, all given by position.</summary>
    public bool TakesExactly(int count) => !_rest && count == _parameters.Length;

    /// <summary>
    /// Calls the function from a compiled template, as Scriban calls it: each argument evaluated and converted to its
    /// parameter's type in turn, then the function called as one more level of recursion. Scriban gathers the
    /// arguments into a new <see cref="ScriptArray"/> for each call.
    /// </summary>
    public object? Call(TemplateContext context, ScriptFunctionCall caller, CompiledArgument[] arguments)
    {
        var values = arguments.Length == 0 ? [] : new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = context.ToObject(arguments[i].Span, arguments[i].Value(context),
                _parameters[i].ParameterType);
        }
        return ScribanState.Invoke(context, caller, (Body: _body, Values: values),
            static (context, call) => call.Body(context, call.Values));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
