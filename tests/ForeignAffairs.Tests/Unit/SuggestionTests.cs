using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Tests.Unit;

public sealed class SuggestionTests
{
    private static readonly string[] Fields =
        ["title", "summary", "weight", "province", "sectors", "status", "published"];

    [Fact]
    public void Closest_finds_a_misspelt_field_name()
    {
        Assert.Equal("title", Suggestion.Closest("titel", Fields));
        Assert.Equal("published", Suggestion.Closest("publised", Fields));
    }

    [Fact]
    public void Swapping_two_neighbouring_letters_counts_as_one_typo()
    {
        // Levenshtein distance would be 2 (too far for a four-letter word); as one transposition it is 1.
        Assert.Equal("open", Suggestion.Closest("opne", ["open", "negotiating", "awarded", "closed"]));
    }

    [Fact]
    public void Closest_ignores_case_but_returns_the_candidate_as_written()
    {
        Assert.Equal("province", Suggestion.Closest("Province", Fields));
    }

    [Fact]
    public void Nothing_is_suggested_when_no_candidate_is_close()
    {
        Assert.Null(Suggestion.Closest("population", Fields));
        Assert.Null(Suggestion.Closest("title", []));
    }

    [Fact]
    public void Equally_close_candidates_are_decided_in_ordinal_order()
    {
        Assert.Equal("bat", Suggestion.Closest("cat", ["rat", "bat"]));
    }

    [Fact]
    public void Tolerance_grows_with_the_length_of_the_words()
    {
        // Three edits are too many for a five-letter word; four are still a typo in a twelve-letter one.
        Assert.Null(Suggestion.Closest("tixyz", ["title"]));
        Assert.Equal("construction", Suggestion.Closest("konstrukshon", ["construction"]));
    }

    [Fact]
    public void Hint_asks_did_you_mean_for_a_close_candidate()
    {
        Assert.Equal("did you mean 'title'?", Suggestion.Hint("titel", Fields));
    }

    [Fact]
    public void Hint_lists_a_dozen_candidates_or_fewer_in_ordinal_order()
    {
        Assert.Equal("expected one of: awarded, closed, negotiating, open",
            Suggestion.Hint("pending", ["open", "negotiating", "awarded", "closed"]));
    }

    [Fact]
    public void Hint_counts_more_than_a_dozen_candidates()
    {
        var provinces = Enumerable.Range(1, 34).Select(i => $"province-{i}").ToArray();

        Assert.Equal("there are 34 possible values; check the spelling", Suggestion.Hint("hanoi", provinces));
    }

    [Fact]
    public void Two_letter_value_sharing_no_letter_with_a_candidate_is_not_a_typo()
    {
        Assert.Null(Suggestion.Closest("vi", ["en", "ja", "ko"]));
    }
}
