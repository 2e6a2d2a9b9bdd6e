using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// <c>include name [args...]</c>: Scriban's <c>include</c>, except that a partial included as a statement writes
/// straight into the page being rendered. Scriban renders every partial into a string builder of its own, turns it into
/// a string, clears the builder (which reallocates it when it grew) and copies the string into the page: most of what a
/// page allocated. Used as a value (<c>x = include "name"</c>), the partial is markup it has already escaped.
/// </summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    // The variables of named arguments, by name, made once: a context, and so its include, renders on one thread.
    private readonly Dictionary<string, ScriptVariable> _variables = new(StringComparer.Ordinal);

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0
        ? new ScriptParameterInfo(typeof(string), "template_name")
        : new ScriptParameterInfo(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement)
    {
        var intoPage = callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement };
        var html = Include((HtmlTemplateContext)context, callerContext, arguments, intoPage);
        return html is null ? null : new RawHtml(html);
    }

    /// <summary>
    /// Renders the partial named by the first of <paramref name="arguments"/>, which sees them all as <c>$</c> and its
    /// named arguments as variables: into the page's output when <paramref name="intoPage"/> is set (and returns null),
    /// else into a string of its own.
    /// </summary>
    public string? Include(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments, bool intoPage)
    {
        var span = caller?.Span ?? context.CurrentSpan;
        var node = caller ?? context.CurrentNode
            ?? throw new ScriptRuntimeException(span, "include is called outside a template");
        if (arguments.Count == 0)
            throw new ScriptRuntimeException(span, "include needs the name of the partial to include");
        var name = context.ObjectToString(arguments[0]);
        context.Dependencies?.Use($"partials/{name}");
        if (context.GetTemplatePathFromName(name, node) is not { } path) return intoPage ? null : "";
        var template = context.GetOrCreateTemplate(path, node);
        // Named arguments are read in the caller's scope, before anything of the partial's is set up.
        var named = NamedArguments(context, caller);
        if (!intoPage) return context.RenderPartial(template, arguments, named, node);

        context.EnterRecursive(node);
        var indent = context.CurrentIndent;
        try
        {
            // A partial included on an indented line has its later lines indented, as the text of an indented value is.
            if (indent is not null)
                context.PushOutput(IndentedOutput.Within(context.Output, indent, context.IndentOnEmptyLines));
            context.CurrentIndent = null;
            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, arguments, true, true);
                foreach (var (variable, value) in named) context.SetValue(variable, value, false, true);
                context.WriteTemplate(template);
                return null;
            }
            finally
            {
                context.PopLocal();
            }
        }
        finally
        {
            // A partial that fails leaves the context as it found it, for the next page this thread renders.
            if (indent is not null) ((IndentedOutput)context.PopOutput()).Close();
            context.CurrentIndent = indent;
            context.ExitRecursive(node);
        }
    }

    private IReadOnlyList<(ScriptVariable Variable, object? Value)> NamedArguments(TemplateContext context,
        ScriptNode? caller)
    {
        List<(ScriptVariable, object?)>? named = null;
        if (caller is ScriptFunctionCall call)
            foreach (var argument in call.Arguments)
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                    (named ??= []).Add((Variable(name), value.Evaluate(context)));
        return (IReadOnlyList<(ScriptVariable, object?)>?)named ?? [];
    }

    private ScriptVariable Variable(string name)
    {
        if (!_variables.TryGetValue(name, out var variable))
            _variables[name] = variable = ScriptVariable.Create(name, ScriptVariableScope.Local);
        return variable;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
