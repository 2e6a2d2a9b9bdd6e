using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// State that Scriban keeps in its context without making it public, which compiled templates read and set as the
/// interpreter does: whether a template is breaking out of a loop, continuing it or returning; the node being
/// evaluated, which some functions (Scriban's <c>array.each</c>, <c>include</c>) take as their caller; and how deep
/// calls are nested. A change of these members' names in Scriban fails every test that renders a page.
/// </summary>
internal static class ScribanState
{
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FlowState")]
    public static extern ScriptFlowState FlowOf(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FlowState")]
    public static extern void SetFlow(TemplateContext context, ScriptFlowState state);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CurrentNode")]
    public static extern void SetCurrentNode(TemplateContext context, ScriptNode? node);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_callDepth")]
    public static extern ref int CallDepth(TemplateContext context);
}
