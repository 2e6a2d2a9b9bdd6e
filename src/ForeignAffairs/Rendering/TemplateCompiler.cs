using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Turns a parsed template into closures once, which a render calls instead of walking the template's syntax tree: in a
/// profile of a build of the 1,000 × 3 synthetic site, 28 % of the samples were in Scriban's own frames (dispatching on
/// each node, a new array for every call's arguments, the checks of each evaluation), and compiled, the build took a
/// tenth less processor time. Each compiled node does what the interpreter does for it, through the same members of the
/// context (variables
/// are read and set in the context, values written by its <c>Write</c>, functions called with the same conversions),
/// so the output is the same byte for byte; a node it does not know, and any node whose value is a function to call, is
/// evaluated by the interpreter. An error is never reported from compiled code: the page is rendered again by the
/// interpreter, which reports it as Scriban does (see <see cref="PageRenderer"/>).
/// </summary>
internal static class TemplateCompiler
{
    /// <summary>Compiles the page of <paramref name="template"/>.</summary>
    public static CompiledTemplate Compile(Template template) => new(Statement(template.Page?.Body));

    /// <summary>A node that does nothing and has no value.</summary>
    public static object? Nothing(TemplateContext context) => null;

    /// <summary><paramref name="node"/> left to Scriban's interpreter.</summary>
    public static CompiledNode Interpreted(ScriptNode node) => context => context.Evaluate(node);

    private static CompiledNode Statement(ScriptStatement? statement) => statement switch
    {
        null => Nothing,
        ScriptBlockStatement block => Block(block),
        ScriptRawStatement raw => Raw(raw),
        ScriptExpressionStatement { Expression: { } expression } => ExpressionStatement(expression),
        ScriptIfStatement condition when condition.GetType() == typeof(ScriptIfStatement) => If(condition),
        ScriptElseStatement otherwise when otherwise.GetType() == typeof(ScriptElseStatement) =>
            otherwise.Body is null ? Nothing : Statement(otherwise.Body),
        ScriptForStatement loop when CompiledFor.Of(loop, ExpressionCompiler.Compile, Statement) is { } compiled =>
            Interpreted(compiled),
        _ => Interpreted(statement),
    };

    // A statement of a block, with what the block needs to know of it before it runs it: copied out of the syntax
    // tree, whose nodes are spread through memory, into one array per block (reading each statement's node cost a
    // cache miss on every statement of every page, 2 % of a build).
    private readonly record struct Step(
        CompiledNode? Run, bool CanOutput, bool IsEscape, bool IsEntering, string? Indent)
    {
        public static Step Of(ScriptStatement statement) => new(
            statement.CanSkipEvaluation ? null : Statement(statement), statement.CanOutput,
            statement is ScriptEscapeStatement, statement is ScriptEscapeStatement { IsEntering: true },
            (statement as ScriptEscapeStatement)?.Indent);
    }

    private static CompiledNode Block(ScriptBlockStatement block)
    {
        var span = block.Span;
        var steps = block.Statements.Select(Step.Of).ToArray();
        return context => RunBlock(context, span, steps);
    }

    // ScriptBlockStatement.Evaluate, statement for statement.
    private static object? RunBlock(TemplateContext context, SourceSpan span, Step[] steps)
    {
        var autoIndent = context.AutoIndent;
        object? result = null;
        var outer = context.CurrentIndent;
        var indent = outer;
        try
        {
            for (var i = 0; i < steps.Length; i++)
            {
                ref readonly var step = ref steps[i];
                context.CheckAbort();
                if (autoIndent && step.IsEscape) indent = step.IsEntering ? step.Indent : outer;
                // Stored only when it changes: a store of a reference is the collector's to note.
                if (!ReferenceEquals(context.CurrentIndent, indent)) context.CurrentIndent = indent;
                if (step.Run is null) continue;
                result = step.Run(context);
                if (!step.CanOutput) result = null;
                else if (result is not null && ScribanState.FlowOf(context) != ScriptFlowState.Return
                         && context.EnableOutput)
                {
                    context.Write(span, result);
                    result = null;
                }
                if (ScribanState.FlowOf(context) != ScriptFlowState.None) break;
            }
        }
        finally
        {
            context.CurrentIndent = outer;
        }
        return result;
    }

    private static CompiledNode Raw(ScriptRawStatement raw)
    {
        var text = raw.Text;
        if (text.Length == 0 || string.IsNullOrEmpty(text.FullText)) return Nothing;
        return context =>
        {
            if (!context.EnableOutput) return text.ToString();
            if (context is HtmlTemplateContext html) html.WriteText(text);
            else context.Write(text);
            return null;
        };
    }

    private static CompiledNode ExpressionStatement(ScriptExpression expression)
    {
        var value = ExpressionCompiler.Compile(expression);
        return context => value(context) is var result && result is ScriptNode node ? context.Evaluate(node) : result;
    }

    private static CompiledNode If(ScriptIfStatement statement)
    {
        if (statement.Condition is not { } condition) return Nothing;
        var test = ExpressionCompiler.Compile(condition);
        var span = condition.Span;
        var then = statement.Then is null ? Nothing : Statement(statement.Then);
        var otherwise = statement.Else is null ? Nothing : Statement(statement.Else);
        return context => context.ToBool(span, test(context)) ? then(context) : otherwise(context);
    }
}
