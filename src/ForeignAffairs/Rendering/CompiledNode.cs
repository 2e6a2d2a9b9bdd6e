using Scriban;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A node of a template's syntax tree turned into code by <see cref="TemplateCompiler"/>: evaluates it in
/// <paramref name="context"/> as Scriban's interpreter does, and returns its value.
/// </summary>
internal delegate object? CompiledNode(TemplateContext context);
