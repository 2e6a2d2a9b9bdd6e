using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>A template's page compiled by <see cref="TemplateCompiler"/>.</summary>
internal sealed class CompiledTemplate(CompiledNode body)
{
    /// <summary>Evaluates the template's page in <paramref name="context"/>, as Scriban evaluates a page.</summary>
    public object? Evaluate(TemplateContext context)
    {
        ScribanState.SetFlow(context, ScriptFlowState.None);
        try
        {
            return body(context);
        }
        finally
        {
            ScribanState.SetFlow(context, ScriptFlowState.None);
        }
    }
}
