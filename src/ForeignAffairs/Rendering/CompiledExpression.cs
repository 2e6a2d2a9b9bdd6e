using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// An expression of a template in a node that Scriban's interpreter evaluates (<see cref="CompiledFor"/>), evaluated by
/// its compiled code. It prints as the expression it was compiled from.
/// </summary>
internal sealed class CompiledExpression : ScriptExpression
{
    private readonly ScriptExpression _source;
    private readonly CompiledNode _value;

    public CompiledExpression(ScriptExpression source, CompiledNode value)
    {
        (_source, _value) = (source, value);
        Span = source.Span;
    }

    public override object? Evaluate(TemplateContext context) => _value(context);

    public override void PrintTo(ScriptPrinter printer) => _source.PrintTo(printer);
}
