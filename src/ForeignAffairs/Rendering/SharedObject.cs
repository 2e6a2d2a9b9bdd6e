using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ForeignAffairs.Rendering;

/// <summary>
/// An object every page of a language sees (an entry, its fields, the site): once sealed, a template that tries to
/// change it stops with an error at its position, since the change would reach other pages, and reach them differently
/// in a rebuild than in a full build.
/// </summary>
// Scriban imports a derived type's static members into each new object by reflection, unless told not to: it took a
// tenth of rendering, for entries, fields and breadcrumbs. An object made with room for its members is filled without
// its table being copied as it grows.
internal class SharedObject(int capacity = 0) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
{
    /// <summary>Makes the object read-only; returns it.</summary>
    public SharedObject Seal()
    {
        IsReadOnly = true;
        return this;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value,
        bool readOnly)
    {
        if (IsReadOnly)
            throw new ScriptRuntimeException(span,
                $"'{member}' cannot be set here: this object is shared by every page, so a template cannot change it " +
                "(assign to a variable of your own instead, outside any 'with' block)");
        return base.TrySetValue(context, span, member, value, readOnly);
    }
}
