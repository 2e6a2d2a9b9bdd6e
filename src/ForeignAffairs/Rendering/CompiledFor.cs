using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A <c>for</c> loop whose iterator, arguments and body are compiled: Scriban's own loop runs it (its variables, its
/// <c>for.index</c> and <c>for.last</c>, its <c>limit</c> and <c>offset</c>, its steps counted against the limits) and
/// calls the compiled body for each item. A copy of the template's node, which stays as it was for the interpreter.
/// </summary>
internal sealed class CompiledFor : ScriptForStatement
{
    private readonly CompiledNode _body;

    private CompiledFor(ScriptForStatement loop, ScriptVariable variable, CompiledNode body)
    {
        _body = body;
        Span = loop.Span;
        Variable = Copy(variable);
    }

    /// <summary>
    /// The loop <paramref name="loop"/> with its expressions compiled by <paramref name="expression"/> and its body by
    /// <paramref name="statement"/>; null for a loop this cannot copy (one with an <c>else</c>, or that sets anything
    /// other than a variable), which the interpreter runs.
    /// </summary>
    public static CompiledFor? Of(ScriptForStatement loop, Func<ScriptExpression?, CompiledNode> expression,
        Func<ScriptStatement?, CompiledNode> statement)
    {
        if (loop.GetType() != typeof(ScriptForStatement) || loop.Else is not null || loop.SetContinue
            || loop.Variable is not ScriptVariable variable || loop.Iterator is not { } iterator || loop.Body is null)
            return null;
        var copy = new CompiledFor(loop, variable, statement(loop.Body))
        {
            Iterator = new CompiledExpression(iterator, expression(iterator)),
        };
        foreach (var argument in loop.NamedArguments)
        {
            if (argument.Name is not { } name) return null;
            var named = new ScriptNamedArgument
            {
                Name = Copy(name), Span = argument.Span,
            };
            if (argument.Value is { } value) named.Value = new CompiledExpression(value, expression(value));
            copy.NamedArguments.Add(named);
        }
        return copy;
    }

    // A variable of the same name and scope, for a node of its own. Scriban puts the $ before a local variable's name
    // when it makes one, and a local variable's name already has it.
    private static ScriptVariable Copy(ScriptVariable variable)
    {
        var name = variable.Scope == ScriptVariableScope.Local && variable.Name.StartsWith('$')
            ? variable.Name[1..]
            : variable.Name;
        var copy = ScriptVariable.Create(name, variable.Scope);
        copy.Span = variable.Span;
        return copy;
    }

    protected override object? LoopItem(TemplateContext context, LoopState state) => _body(context);
}
