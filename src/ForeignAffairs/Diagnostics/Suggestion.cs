namespace ForeignAffairs.Diagnostics;

/// <summary>Finds what an editor most likely meant when a name or value is misspelt.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="value"/> by edit distance, when it is close enough to be a typo.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var lowered = value.ToLowerInvariant();
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(lowered, c.ToLowerInvariant())))
            .OrderBy(p => p.Distance).ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Candidate is null) return null;
        var tolerance = Math.Max(1, Math.Max(value.Length, best.Candidate.Length) / 3);
        return best.Distance <= tolerance ? best.Candidate : null;
    }

    /// <summary>A hint <c>did you mean 'x'?</c>, or a list of what is allowed when nothing is close.</summary>
    public static string Hint(string value, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(value, candidates);
        if (closest is not null) return $"did you mean '{closest}'?";
        return candidates.Count <= 12
            ? $"expected one of: {string.Join(", ", candidates.Order(StringComparer.Ordinal))}"
            : $"there are {candidates.Count} possible values; check the spelling";
    }

    private static int Distance(string a, string b)
    {
        // Optimal string alignment distance: a swap of two neighbours counts as one typo.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
