namespace ForeignAffairs.Localization;

/// <summary>
/// The CLDR plural category ("zero", "one", "two", "few", "many", "other") of a whole number in a language, so that UI
/// strings can say "1 project" and "2 projects" in English while Japanese, Korean and Vietnamese use one form.
/// </summary>
internal static class PluralRules
{
    private static readonly HashSet<string> OneFormOnly = ["ja", "ko", "zh", "vi", "th", "id", "ms", "lo", "km", "my"];
    private static readonly HashSet<string> ZeroAndOneAreOne = ["fr", "pt"];
    private static readonly HashSet<string> Slavic = ["ru", "uk", "be"];
    private static readonly HashSet<string> WestSlavic = ["cs", "sk"];

    /// <summary>
    /// The plural category of <paramref name="count"/> in <paramref name="language"/> (a BCP 47 code).
    /// </summary>
    public static string Category(string language, long count)
    {
        var primary = language.Split('-')[0];
        var n = Math.Abs(count);
        var (mod10, mod100) = (n % 10, n % 100);
        if (OneFormOnly.Contains(primary)) return "other";
        if (ZeroAndOneAreOne.Contains(primary) && language != "pt-pt") return n is 0 or 1 ? "one" : "other";
        if (Slavic.Contains(primary))
            return mod10 == 1 && mod100 != 11 ? "one"
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few" : "many";
        if (primary == "pl")
            return n == 1 ? "one" : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few" : "many";
        if (WestSlavic.Contains(primary)) return n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other";
        if (primary == "ar")
            return n switch { 0 => "zero", 1 => "one", 2 => "two", _ when mod100 is >= 3 and <= 10 => "few",
                _ when mod100 >= 11 => "many", _ => "other" };
        return n == 1 ? "one" : "other";
    }
}
