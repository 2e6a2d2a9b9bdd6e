using System.Globalization;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A loop of a template that ran more often on one page than any site needs: a loop that never ends (a <c>while</c>
/// whose condition stays true) rather than a long list. It names the loop, at the loop's position.
/// </summary>
internal sealed class LoopLimitException(ScriptLoopStatementBase loop, string what)
    : ScriptRuntimeException(loop.Span, $"the loop '{Describe(loop)}' {what}, so it looks as if it never ends")
{
    /// <summary>A loop that ran more than <paramref name="limit"/> times on one page.</summary>
    public static LoopLimitException TooOften(ScriptLoopStatementBase loop, long limit) =>
        new(loop, string.Create(CultureInfo.InvariantCulture, $"ran more than {limit:N0} times on one page"));

    /// <summary>A loop still running when the page had taken <paramref name="limit"/> to render.</summary>
    public static LoopLimitException TooLong(ScriptLoopStatementBase loop, TimeSpan limit) =>
        new(loop, string.Create(CultureInfo.InvariantCulture,
            $"was still running after the page had taken {limit.TotalSeconds:0} s to render"));

    /// <summary>What to do about it.</summary>
    public static string Hint =>
        "make sure the loop ends: a while loop needs a condition that becomes false. " +
        "For the site's lists, newest, others and count_where do in one call what a loop over a whole collection would";

    private static string Describe(ScriptLoopStatementBase loop) => loop switch
    {
        ScriptForStatement each => $"for {each.Variable} in {each.Iterator}",
        ScriptWhileStatement repeat => $"while {repeat.Condition}",
        _ => loop.GetType().Name,
    };
}
