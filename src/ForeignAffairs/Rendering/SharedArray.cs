using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A list every page of a language sees (a collection's entries, an entry's related entries): read-only, since a change
/// would reach other pages. Scriban's own read-only flag does not stop <c>list[0] = x</c>; <see cref="Guard"/> does.
/// </summary>
internal sealed class SharedArray : ScriptArray
{
    public SharedArray(IEnumerable<object?> items) : base(items!) => IsReadOnly = true;

    /// <summary>
    /// Reads shared lists as <paramref name="inner"/> does, and stops a template that writes into one.
    /// </summary>
    public static IListAccessor Guard(IListAccessor inner) => new GuardedAccessor(inner);

    private sealed class GuardedAccessor(IListAccessor inner) : IListAccessor
    {
        public int GetLength(TemplateContext context, SourceSpan span, object target) =>
            inner.GetLength(context, span, target);

        public object? GetValue(TemplateContext context, SourceSpan span, object target, int index) =>
            inner.GetValue(context, span, target, index);

        public void SetValue(TemplateContext context, SourceSpan span, object target, int index, object? value) =>
            throw new ScriptRuntimeException(span,
                "this list is shared by every page, so a template cannot change it " +
                "(make a list of your own with array.add or array.concat)");
    }
}
