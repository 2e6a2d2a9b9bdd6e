using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Whether a template is breaking out of a loop, continuing it or returning: the state Scriban keeps in its context
/// without making it public, which compiled templates read and set as the interpreter does. A change of the
/// property's name in Scriban fails every test that renders a page.
/// </summary>
internal static class TemplateFlow
{
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FlowState")]
    public static extern ScriptFlowState Of(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FlowState")]
    public static extern void Set(TemplateContext context, ScriptFlowState state);
}
