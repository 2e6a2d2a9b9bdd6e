using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The global variables a Scriban template reads, each where it is first read, the ones it sets, and the variables of
/// its loops, read from its syntax tree. Local variables (<c>$name</c>) and arguments (<c>$1</c>) are none of them.
/// </summary>
/// <param name="Path">The template's file, as messages name it.</param>
/// <param name="Read">The variables read, by name, each with the place of its first read.</param>
/// <param name="Assigned">The variables set, or whose members or items are.</param>
/// <param name="LoopVariables">The variables of its <c>for</c> loops.</param>
internal sealed record TemplateVariables(string Path, IReadOnlyDictionary<string, SourceSpan> Read,
    IReadOnlySet<string> Assigned, IReadOnlySet<string> LoopVariables)
{
    /// <summary>The variables of <paramref name="template"/>, parsed without errors.</summary>
    public static TemplateVariables Of(Template template)
    {
        var walk = new Walk();
        walk.Visit(template.Page, written: false);
        return new TemplateVariables(template.SourceFilePath ?? "", walk.Read, walk.Assigned, walk.Loops);
    }

    private sealed class Walk
    {
        public Dictionary<string, SourceSpan> Read { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Loops { get; } = new(StringComparer.Ordinal);
        private int _withDepth;

        // A variable written to, or whose members or items are, is set; any other is read. Members, named arguments
        // and the keys of object literals are names, not variables.
        public void Visit(ScriptNode? node, bool written)
        {
            switch (node)
            {
                case null:
                    return;
                // Within with, a name may be a member of the object it names, read or set: neither is a variable.
                case ScriptVariableGlobal when _withDepth > 0:
                    return;
                case ScriptVariableGlobal global:
                    if (written) Assigned.Add(global.Name);
                    else Read.TryAdd(global.Name, global.Span);
                    return;
                case ScriptFunction function:
                    VisitFunction(function);
                    return;
                case ScriptWithStatement with:
                    VisitWith(with);
                    return;
                case ScriptAssignExpression assign:
                    Visit(assign.Target, written: true);
                    Visit(assign.Value, written: false);
                    return;
                case ScriptCaptureStatement capture:
                    Visit(capture.Target, written: true);
                    Visit(capture.Body, written: false);
                    return;
                case ScriptMemberExpression member:
                    Visit(member.Target, written);
                    return;
                case ScriptIndexerExpression indexer:
                    Visit(indexer.Target, written);
                    Visit(indexer.Index, written: false);
                    return;
                case ScriptNamedArgument named:
                    Visit(named.Value, written: false);
                    return;
                case ScriptObjectMember objectMember:
                    Visit(objectMember.Value, written: false);
                    return;
                case ScriptForStatement { Variable: ScriptVariableGlobal variable }:
                    Loops.Add(variable.Name);
                    break;
            }
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                var child = node.GetChildren(i);
                if (node is not ScriptForStatement loop || child != loop.Variable) Visit(child, written: false);
            }
        }

        // func name(parameters): sets name, and its body reads its parameters as variables.
        private void VisitFunction(ScriptFunction function)
        {
            Visit(function.NameOrDoToken, written: true);
            foreach (var parameter in function.Parameters ?? []) Visit(parameter.Name, written: true);
            Visit(function.Body, written: false);
        }

        private void VisitWith(ScriptWithStatement with)
        {
            Visit(with.Name, written: false);
            _withDepth++;
            Visit(with.Body, written: false);
            _withDepth--;
        }
    }
}
