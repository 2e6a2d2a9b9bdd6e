using Scriban;
using Scriban.Syntax;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// The global variables a Scriban template reads and sets, and the variables of its loops, read from its syntax tree.
/// Local variables (<c>$name</c>) and arguments (<c>$1</c>) are neither.
/// </summary>
internal sealed record TemplateVariables(string Path, IReadOnlySet<string> Read, IReadOnlySet<string> Assigned,
    IReadOnlySet<string> LoopVariables)
{
    /// <summary>Reads <paramref name="text"/>, the template <paramref name="path"/>, which must parse.</summary>
    public static TemplateVariables Of(string path, string text)
    {
        var template = Template.Parse(text, path);
        Assert.False(template.HasErrors, string.Join('\n', template.Messages));
        var (read, assigned, loops) = (new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

        // A variable written to, or whose members or items are, is set; any other is read. Members, named arguments and
        // the keys of object literals are names, not variables.
        void Walk(ScriptNode? node, bool written)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptVariableGlobal global:
                    (written ? assigned : read).Add(global.Name);
                    return;
                case ScriptAssignExpression assign:
                    Walk(assign.Target, written: true);
                    Walk(assign.Value, written: false);
                    return;
                case ScriptCaptureStatement capture:
                    Walk(capture.Target, written: true);
                    Walk(capture.Body, written: false);
                    return;
                case ScriptMemberExpression member:
                    Walk(member.Target, written);
                    return;
                case ScriptIndexerExpression indexer:
                    Walk(indexer.Target, written);
                    Walk(indexer.Index, written: false);
                    return;
                case ScriptNamedArgument named:
                    Walk(named.Value, written: false);
                    return;
                case ScriptObjectMember objectMember:
                    Walk(objectMember.Value, written: false);
                    return;
                case ScriptForStatement loop when loop.Variable is ScriptVariableGlobal variable:
                    loops.Add(variable.Name);
                    break;
            }
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                var child = node.GetChildren(i);
                if (node is not ScriptForStatement loop || child != loop.Variable) Walk(child, written: false);
            }
        }

        Walk(template.Page, written: false);
        return new TemplateVariables(path, read, assigned, loops);
    }
}
