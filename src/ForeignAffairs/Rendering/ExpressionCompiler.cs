using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Compiles the expressions of a template for <see cref="TemplateCompiler"/>: each does what Scriban's interpreter does
/// for it, read by read. A variable or member whose value is a function is a call of it, as in Scriban, except where
/// the expression names the function to call (<c>date.to_string</c> in <c>date.to_string d "%Y"</c>).
/// </summary>
internal static class ExpressionCompiler
{
    private static readonly object True = true;
    private static readonly object False = false;

    // How an expression is read: as a value, as the object of a member (a.b in a.b.c), or as the function of a call.
    private enum Read { Value, Target, Function }

    /// <summary>Compiles <paramref name="expression"/>, to be evaluated as Scriban's <c>Evaluate</c> does.</summary>
    public static CompiledNode Compile(ScriptExpression? expression) => expression switch
    {
        null => TemplateCompiler.Nothing,
        ScriptLiteral literal when IsPlain(literal) => Constant(literal.Value),
        ScriptVariable variable when IsPlain(variable) => Variable(variable, Read.Value),
        ScriptMemberExpression member when IsPlain(member) => Member(member, Read.Value),
        ScriptNestedExpression nested when IsPlain(nested) => Nested(nested, Read.Value),
        ScriptFunctionCall call when IsPlain(call) && call.Target is not null => Call(call, call.Target),
        ScriptBinaryExpression binary when IsPlain(binary) && binary.Left is not null && binary.Right is not null =>
            Binary(binary, binary.Left, binary.Right),
        ScriptUnaryExpression { Operator: not ScriptUnaryOperator.FunctionAlias, Right: { } operand } unary
            when IsPlain(unary) => Unary(unary, operand),
        ScriptConditionalExpression { Condition: { } condition, ThenValue: { } then, ElseValue: { } otherwise } choice
            when IsPlain(choice) => Conditional(condition, then, otherwise),
        ScriptAssignExpression { Target: { } target, Value: { } value } assign
            when IsPlain(assign) && assign.EqualToken.TokenType == TokenType.Equal => Assign(target, value),
        _ => TemplateCompiler.Interpreted(expression),
    };

    // A node of exactly Scriban's type, not of a type derived from it that may evaluate otherwise; a nested expression
    // whose inner expression is not a pipe, which Scriban evaluates with arguments of its own.
    private static bool IsPlain(ScriptNode node) => node switch
    {
        ScriptVariable =>
            node.GetType() == typeof(ScriptVariableGlobal) || node.GetType() == typeof(ScriptVariableLocal),
        ScriptNestedExpression nested => node.GetType() == typeof(ScriptNestedExpression)
            && nested.Expression is not (null or ScriptPipeCall),
        ScriptLiteral => node.GetType() == typeof(ScriptLiteral),
        ScriptMemberExpression => node.GetType() == typeof(ScriptMemberExpression),
        ScriptFunctionCall => node.GetType() == typeof(ScriptFunctionCall),
        ScriptBinaryExpression => node.GetType() == typeof(ScriptBinaryExpression),
        ScriptUnaryExpression => node.GetType() == typeof(ScriptUnaryExpression),
        ScriptConditionalExpression => node.GetType() == typeof(ScriptConditionalExpression),
        ScriptAssignExpression => node.GetType() == typeof(ScriptAssignExpression),
        _ => false,
    };

    private static CompiledNode Constant(object? value) => _ => value;

    // Reads an expression as the interpreter's GetValue does at that depth: the object of a member expression, or the
    // function of a call.
    private static CompiledNode Path(ScriptExpression expression, Read read) => expression switch
    {
        ScriptVariable variable when IsPlain(variable) => Variable(variable, read),
        ScriptMemberExpression member when IsPlain(member) => Member(member, read),
        ScriptNestedExpression nested when IsPlain(nested) => Nested(nested, read),
        _ when read == Read.Function => context => context.Evaluate(expression, aliasReturnedFunction: true),
        _ => context => context.GetValue(expression),
    };

    // The value read, called when it is a function and the read calls functions (as the interpreter's GetOrSetValue).
    private static object? Called(TemplateContext context, ScriptNode node, object? value, Read read) =>
        read != Read.Function && IsFunction(value) ? CallAt(context, node, value, read == Read.Value, null) : value;

    // Scriban's call of a function, with the node being evaluated the one that calls it, as the interpreter has it:
    // functions such as array.each pass it on as their caller.
    private static object? CallAt(TemplateContext context, ScriptNode node, object? function, bool pipes,
        IReadOnlyList<ScriptExpression>? arguments)
    {
        var outer = context.CurrentNode;
        ScribanState.SetCurrentNode(context, node);
        try
        {
            return ScriptFunctionCall.Call(context, node, function, pipes, arguments);
        }
        finally
        {
            ScribanState.SetCurrentNode(context, outer);
        }
    }

    // Scriban's ScriptFunctionCall.IsFunction, after a look at the exact types most values have, none a function: a
    // test of an interface searches the value's type's interfaces, and every variable and member read makes one.
    private static bool IsFunction(object? value) =>
        value is not (null or string or EntryView or SharedArray or RawHtml or bool or long or int)
        && value.GetType() != typeof(ScriptObject) && value.GetType() != typeof(ScriptArray)
        && ScriptFunctionCall.IsFunction(value);

    private static CompiledNode Variable(ScriptVariable variable, Read read) => context =>
        Called(context, variable, context.GetValue(variable), read);

    private static CompiledNode Nested(ScriptNestedExpression nested, Read read)
    {
        var inner = Compile(nested.Expression);
        return context => Called(context, nested, inner(context), read);
    }

    private static CompiledNode Member(ScriptMemberExpression member, Read read)
    {
        if (member.Target is not { } targetExpression || member.Member is not { Name: { } name } memberVariable)
            return TemplateCompiler.Interpreted(member);
        var target = Path(targetExpression, Read.Target);
        var span = memberVariable.Span;
        var questionDot = member.DotToken.TokenType == TokenType.QuestionDot;
        return context =>
        {
            var owner = target(context);
            if (owner is null)
            {
                // Relaxed, a missing object has no members; otherwise the interpreter says why it cannot read them.
                return context.EnableRelaxedMemberAccess && (context.EnableRelaxedTargetAccess || questionDot)
                    ? null
                    : context.Evaluate(member);
            }
            // Scriban reads the members of its own objects through an accessor that asks the object itself, found by
            // type in a dictionary of the context; any other object's accessor is looked up.
            var found = owner is IScriptObject scriptObject
                ? scriptObject.TryGetValue(context, span, name, out var value)
                : context.GetMemberAccessor(owner).TryGetValue(context, span, owner, name, out value);
            if (!found && (context.TryGetMember is not null || !context.EnableRelaxedMemberAccess))
                return context.Evaluate(member);
            return Called(context, member, value, read);
        };
    }

    private static CompiledNode Call(ScriptFunctionCall call, ScriptExpression targetExpression)
    {
        var target = Path(targetExpression, Read.Function);
        var arguments = call.Arguments;
        // Arguments expanded from a list (f ...items) are left to the interpreter's call, as are the arguments of a
        // function its kind does not match here.
        var compiled = arguments.Any(argument =>
            argument is ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand }
                or ScriptNamedArgument { Name: null or { Name: null } })
            ? null
            : arguments.Select(Argument).ToArray();
        var positional = compiled?.All(argument => argument.Name is null) == true;
        return context =>
        {
            var function = target(context);
            if (function is null) return context.Evaluate(call);
            if (positional && function is TemplateFunction direct && direct.TakesExactly(compiled!.Length))
                return direct.Call(context, call, compiled);
            if (compiled is not null && function is IScriptCustomFunction custom
                && ArgumentsCall.Takes(custom, compiled))
                return ArgumentsCall.Invoke(context, call, custom, compiled);
            return CallAt(context, call, function, true, arguments);
        };
    }

    // A named argument without a value is true, as Scriban's ScriptNamedArgument evaluates it.
    private static CompiledArgument Argument(ScriptExpression argument) => argument is ScriptNamedArgument named
        ? new CompiledArgument(named.Name!.Name, named.Value is null ? Constant(True) : Compile(named.Value),
            argument.Span)
        : new CompiledArgument(null, Compile(argument), argument.Span);

    private static CompiledNode Binary(ScriptBinaryExpression binary, ScriptExpression leftExpression,
        ScriptExpression rightExpression)
    {
        var (left, right) = (Compile(leftExpression), Compile(rightExpression));
        var (leftSpan, rightSpan) = (leftExpression.Span, rightExpression.Span);
        var op = binary.Operator;
        var span = binary.OperatorToken?.Span ?? binary.Span;
        return op switch
        {
            ScriptBinaryOperator.And => context =>
                context.ToBool(leftSpan, left(context)) && context.ToBool(rightSpan, right(context)) ? True : False,
            ScriptBinaryOperator.Or => context =>
                context.ToBool(leftSpan, left(context)) || context.ToBool(rightSpan, right(context)) ? True : False,
            // Scriban rewrites some operations as calls when a context uses scientific notation, which no theme's does.
            _ => context =>
            {
                if (context.UseScientific) return context.Evaluate(binary);
                var value = left(context);
                return ScriptBinaryExpression.Evaluate(context, span, op, leftSpan, value, rightSpan, right(context));
            },
        };
    }

    private static CompiledNode Unary(ScriptUnaryExpression unary, ScriptExpression operandExpression)
    {
        var operand = Compile(operandExpression);
        var (op, span) = (unary.Operator, operandExpression.Span);
        return context => ScriptUnaryExpression.Evaluate(context, span, op, operand(context));
    }

    private static CompiledNode Conditional(ScriptExpression conditionExpression, ScriptExpression thenExpression,
        ScriptExpression elseExpression)
    {
        var (condition, then, otherwise) =
            (Compile(conditionExpression), Compile(thenExpression), Compile(elseExpression));
        var span = conditionExpression.Span;
        return context => context.ToBool(span, condition(context)) ? then(context) : otherwise(context);
    }

    private static CompiledNode Assign(ScriptExpression target, ScriptExpression valueExpression)
    {
        var value = Compile(valueExpression);
        return context =>
        {
            context.SetValue(target, value(context));
            return null;
        };
    }
}
