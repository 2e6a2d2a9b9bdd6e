using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The command line builds as of the day <c>FOREIGN_AFFAIRS_TODAY</c> names; a value that is not a date is refused
/// before anything is built.
/// </summary>
[Collection(EnvironmentVariables.Collection)]
public sealed class BuildDayTests
{
    private static FixtureSite WithEvent()
    {
        var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/events/forum/index.yaml",
            "title: Business forum\nwhen: {start: 2026-05-16}\nplace: Bắc Ninh\n" +
            "organiser: Bắc Ninh People's Committee\n");
        fixture.Write("content/events/forum/en.md", "The programme.\n");
        return fixture;
    }

    [Fact]
    public void The_build_takes_the_day_the_variable_names()
    {
        using var fixture = WithEvent();
        using var _ = EnvironmentVariables.Set("FOREIGN_AFFAIRS_TODAY", "2026-05-17");

        var (exit, _, stderr) = CommandLine.Run("build", "--source", fixture.Root);

        Assert.True(exit == 0, stderr);
        var stamps = File.ReadAllLines(Path.Combine(fixture.Output, "en/events/calendar.ics"))
            .Where(l => l.StartsWith("DTSTAMP:"));
        Assert.Equal(["DTSTAMP:20260517T000000Z"], stamps);
    }

    [Fact]
    public void A_value_that_is_not_a_date_is_refused()
    {
        using var fixture = WithEvent();
        using var _ = EnvironmentVariables.Set("FOREIGN_AFFAIRS_TODAY", "17/05/2026");

        var (exit, _, stderr) = CommandLine.Run("check", "--source", fixture.Root);

        Assert.Equal(2, exit);
        Assert.Contains("FOREIGN_AFFAIRS_TODAY is '17/05/2026', which is not a date written YYYY-MM-DD", stderr);
    }
}
