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

    /// <summary>
    /// Runs <paramref name="function"/> for <paramref name="caller"/> as Scriban runs a function it calls: as one more
    /// level of recursion, with the call the node being evaluated, and no break, continue or return left after it.
    /// </summary>
    public static object? Invoke<TState>(TemplateContext context, ScriptNode caller, TState state,
        Func<TemplateContext, TState, object?> function)
    {
        object? result;
        var outer = context.CurrentNode;
        SetCurrentNode(context, caller);
        try
        {
            context.EnterRecursive(caller);
            try
            {
                result = function(context, state);
            }
            finally
            {
                context.ExitRecursive(caller);
            }
        }
        finally
        {
            SetCurrentNode(context, outer);
        }
        SetFlow(context, ScriptFlowState.None);
        return result;
    }
}
