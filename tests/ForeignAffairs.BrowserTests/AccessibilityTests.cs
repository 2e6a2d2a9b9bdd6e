using Xunit.Abstractions;

namespace ForeignAffairs.BrowserTests;

/// <summary>axe finds no serious or critical accessibility problem on any kind of page, in any language.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Pages => RepresentativePages.Theory;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string address)
    {
        var visit = await site.VisitAsync(address);
        // axe checked the page asked for, not one a script sent the reader on to.
        Assert.Equal(address, visit.Path);
        var results = await visit.Accessibility;
        output.WriteLine($"{address}: {results.Violations.Length} violations, " +
            $"{results.Incomplete.Length} rules needing review, {results.Passes.Length} passed");
        foreach (var violation in results.Violations)
            output.WriteLine($"{address}: {violation.Impact} {violation.Id} ({violation.Nodes.Length} nodes)");

        var blocking = results.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Assert.True(blocking.Length == 0, $"axe on {address}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, blocking.Select(v =>
                $"  {v.Impact} {v.Id}: {v.Help}{Environment.NewLine}" +
                string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}  {n.Html}")))));
    }
}
