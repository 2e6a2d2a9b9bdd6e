using System.Globalization;

namespace ForeignAffairs.Cli;

/// <summary>
/// The day a build takes as today, from <c>FOREIGN_AFFAIRS_TODAY</c> (<c>YYYY-MM-DD</c>): a build as of another day, to
/// see the site as it will be, or to build it again exactly as it was. Unset, a build takes the current day in Vietnam.
/// Not <c>SOURCE_DATE_EPOCH</c>, which some environments set for their own reasons (Nix shells to 1980).
/// </summary>
internal static class BuildDay
{
    public const string Variable = "FOREIGN_AFFAIRS_TODAY";

    /// <summary>The day the variable names, null when it is unset, or an error when it is not a date.</summary>
    public static (DateOnly? Day, string? Error) Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (null, null);
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var day))
            return (day, null);
        return (null,
            $"{Variable} is '{value}', which is not a date written YYYY-MM-DD (unset it to build as of today)");
    }

    /// <summary>The day from the environment, or an error.</summary>
    public static (DateOnly? Day, string? Error) FromEnvironment() =>
        Read(Environment.GetEnvironmentVariable(Variable));
}
