using Scriban.Parsing;

namespace ForeignAffairs.Rendering;

/// <summary>
/// An argument of a call in a compiled template: its compiled value, where it is written, and its name when it is a
/// named argument (<c>heading: "Contact"</c>).
/// </summary>
internal readonly record struct CompiledArgument(string? Name, CompiledNode Value, SourceSpan Span);
