using System.Globalization;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A loop of a template that ran more often on one page than any site needs: a loop that never ends (a <c>while</c> whose
/// condition stays true) rather than a long list. It names the loop, at the loop's position.
/// </summary>
internal sealed class LoopLimitException(ScriptLoopStatementBase loop, long limit)
    : ScriptRuntimeException(loop.Span, string.Create(CultureInfo.InvariantCulture,
        $"the loop '{Describe(loop)}' ran more than {limit:N0} times on one page, so it looks as if it never ends"))
{
    /// <summary>What to do about it.</summary>
    public static string Hint =>
        "make sure the loop ends: a while loop needs a condition that becomes false. For the site's lists, newest, others and " +
        "count_where do in one call what a loop over a whole collection would";

    private static string Describe(ScriptLoopStatementBase loop) => loop switch
    {
        ScriptForStatement each => $"for {each.Variable} in {each.Iterator}",
        ScriptWhileStatement repeat => $"while {repeat.Condition}",
        _ => loop.GetType().Name,
    };
}
