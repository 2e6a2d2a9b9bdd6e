using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The command line builds as of the day <c>SOURCE_DATE_EPOCH</c> names (the reproducible-builds convention), in Vietnam's
/// time; a value that is not a number of seconds is refused before anything is built.
/// </summary>
[Collection(EnvironmentVariables.Collection)]
public sealed class SourceDateEpochTests
{
    private static FixtureSite WithEvent()
    {
        var fixture = FixtureSite.Copy("three-languages");
        fixture.Write("content/events/forum/index.yaml",
            "title: Business forum\nwhen: {start: 2026-05-16}\nplace: Bắc Ninh\norganiser: Bắc Ninh People's Committee\n");
        fixture.Write("content/events/forum/en.md", "The programme.\n");
        return fixture;
    }

    [Fact]
    public void The_build_takes_the_day_the_variable_names_in_Vietnam_s_time()
    {
        using var fixture = WithEvent();
        // 2026-05-16 20:00 UTC is already 17 May in Vietnam (UTC+7).
        using var _ = EnvironmentVariables.Set("SOURCE_DATE_EPOCH", "1778961600");

        var (exit, _, stderr) = CommandLine.Run("build", "--source", fixture.Root);

        Assert.True(exit == 0, stderr);
        var stamps = File.ReadAllLines(Path.Combine(fixture.Output, "en/events/calendar.ics")).Where(l => l.StartsWith("DTSTAMP:"));
        Assert.Equal(["DTSTAMP:20260517T000000Z"], stamps);
    }

    [Fact]
    public void A_value_that_is_not_a_number_of_seconds_is_refused()
    {
        using var fixture = WithEvent();
        using var _ = EnvironmentVariables.Set("SOURCE_DATE_EPOCH", "2026-05-17");

        var (exit, _, stderr) = CommandLine.Run("check", "--source", fixture.Root);

        Assert.Equal(2, exit);
        Assert.Contains("SOURCE_DATE_EPOCH is '2026-05-17', which is not a number of seconds since 1970-01-01 UTC", stderr);
    }
}
