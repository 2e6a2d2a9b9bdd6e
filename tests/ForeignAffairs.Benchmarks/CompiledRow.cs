using System.Globalization;
using System.Text;
using ForeignAffairs.Rendering;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Benchmarks;

/// <summary>
/// A Scriban template turned once into closures instead of walked node by node at each render: what compiling the
/// themes' syntax trees, the alternative that keeps every theme as it is, would save. It compiles the subset of the
/// language the benchmark's row uses (text, output, if and else, for with for.last, members, locals, function calls,
/// ==, !=, + and !) and refuses any other node; names are resolved when it compiles, not when it renders. Not a
/// renderer of themes: a measurement.
/// </summary>
internal sealed class CompiledRow
{
    private delegate void Statement(State state);
    private delegate object? Expression(State state);

    private readonly Statement _body;
    private readonly int _row;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Func<object?[], object?>> _functions;

    /// <summary>Compiles <paramref name="page"/>, whose functions are <paramref name="functions"/>.</summary>
    public CompiledRow(ScriptPage page, IReadOnlyDictionary<string, Func<object?[], object?>> functions)
    {
        _functions = functions;
        _row = Slot("$row");
        _body = Compile(page.Body);
    }

    // What one render holds: its output, its variables by slot, and the position of the innermost loop.
    private sealed class State(int slots)
    {
        public StringBuilder Output { get; } = new();
        public object?[] Slots { get; } = new object?[slots];
        public bool LastOfLoop { get; set; }
    }

    /// <summary>Renders with the local variable <c>$row</c> set to <paramref name="row"/>.</summary>
    public string Render(object? row)
    {
        var state = new State(_slots.Count);
        state.Slots[_row] = row;
        _body(state);
        return state.Output.ToString();
    }

    private int Slot(string name)
    {
        if (!_slots.TryGetValue(name, out var slot)) _slots[name] = slot = _slots.Count;
        return slot;
    }

    private Statement Compile(ScriptStatement? statement) => statement switch
    {
        // The marks that enter and leave code ({{ and }}) and end a block write nothing: whitespace was trimmed when
        // the template was parsed.
        null or ScriptEscapeStatement or ScriptEndStatement => _ => { },
        ScriptBlockStatement block => Sequence([.. block.Statements.Select(Compile)]),
        ScriptRawStatement raw => Text(raw.ToString()),
        ScriptExpressionStatement output => Output(Compile(output.Expression)),
        ScriptIfStatement condition => If(condition),
        ScriptElseStatement otherwise => Compile(otherwise.Body),
        ScriptForStatement loop => For(loop),
        _ => throw new NotSupportedException($"the compiled row has no {statement.GetType().Name}"),
    };

    private static Statement Sequence(Statement[] statements) => state =>
    {
        foreach (var statement in statements) statement(state);
    };

    private static Statement Text(string text) => state => state.Output.Append(text);

    private static Statement Output(Expression value) => state =>
    {
        switch (value(state))
        {
            case null: break;
            case RawHtml html: state.Output.Append(html.Html); break;
            case string text: HtmlText.Append(state.Output, text); break;
            case IFormattable number:
                HtmlText.Append(state.Output, number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case var other: HtmlText.Append(state.Output, other.ToString() ?? ""); break;
        }
    };

    private Statement If(ScriptIfStatement statement)
    {
        var condition = Compile(statement.Condition);
        var then = Compile(statement.Then);
        var otherwise = Compile(statement.Else);
        return state =>
        {
            if (IsTrue(condition(state))) then(state);
            else otherwise(state);
        };
    }

    private Statement For(ScriptForStatement loop)
    {
        var items = Compile(loop.Iterator);
        var slot = Slot(loop.Variable!.ToString());
        var body = Compile(loop.Body);
        return state =>
        {
            if (items(state) is not System.Collections.IList list) return;
            var outer = state.LastOfLoop;
            for (var i = 0; i < list.Count; i++)
            {
                state.Slots[slot] = list[i];
                state.LastOfLoop = i == list.Count - 1;
                body(state);
            }
            state.LastOfLoop = outer;
        };
    }

    private Expression Compile(ScriptExpression? expression) => expression switch
    {
        null => _ => null,
        ScriptLiteral literal => Constant(literal.Value),
        ScriptNestedExpression nested => Compile(nested.Expression),
        ScriptMemberExpression { Target: ScriptVariable { Name: "for" }, Member: ScriptVariable { Name: "last" } } =>
            state => state.LastOfLoop,
        ScriptMemberExpression { Member: ScriptVariable { Name: { } name } } member =>
            Member(Compile(member.Target), name),
        ScriptVariable variable => Variable(variable),
        ScriptFunctionCall call => Call(call),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not => Not(Compile(not.Right)),
        ScriptBinaryExpression binary => Binary(binary),
        _ => throw new NotSupportedException($"the compiled row has no {expression.GetType().Name}"),
    };

    private static Expression Constant(object? value) => _ => value;

    private static Expression Not(Expression operand) => state => !IsTrue(operand(state));

    private Expression Variable(ScriptVariable variable)
    {
        // As the template writes it: $row for a local, s for a global.
        var slot = Slot(variable.ToString());
        return state => state.Slots[slot];
    }

    private static Expression Member(Expression target, string name) => state =>
        target(state) is ScriptObject value && value.TryGetValue(name, out var member) ? member : null;

    private Expression Call(ScriptFunctionCall call)
    {
        var function = _functions[((ScriptVariable)call.Target!).Name!];
        var arguments = call.Arguments.Select(Compile).ToArray();
        return state =>
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](state);
            return function(values);
        };
    }

    private Expression Binary(ScriptBinaryExpression binary)
    {
        var (left, right) = (Compile(binary.Left), Compile(binary.Right));
        return binary.Operator switch
        {
            ScriptBinaryOperator.CompareEqual => state => Equals(left(state), right(state)),
            ScriptBinaryOperator.CompareNotEqual => state => !Equals(left(state), right(state)),
            ScriptBinaryOperator.Add => state => string.Concat(left(state)?.ToString(), right(state)?.ToString()),
            var other => throw new NotSupportedException($"the compiled row has no operator {other}"),
        };
    }

    // Scriban's truth: nothing and false are false, anything else is true.
    private static bool IsTrue(object? value) => value is not (null or false);
}
