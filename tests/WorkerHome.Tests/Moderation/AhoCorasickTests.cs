using WorkerHome.Features.Moderation;

namespace WorkerHome.Tests.Moderation;

public sealed class AhoCorasickTests
{
    private static List<(int End, string Pattern)> All(AhoCorasick matcher, string text) =>
        matcher.Matches(text).OrderBy(m => m.End).ThenBy(m => m.Pattern, StringComparer.Ordinal).ToList();

    [Fact]
    public void Overlapping_patterns_are_all_found()
    {
        var matcher = new AhoCorasick(["he", "she", "his", "hers"]);
        Assert.Equal([(4, "he"), (4, "she"), (6, "hers")], All(matcher, "ushers"));
    }

    [Fact]
    public void A_pattern_inside_another_is_found_with_it()
    {
        var matcher = new AhoCorasick(["包养", "包养网", "养网"]);
        Assert.Equal([(3, "包养"), (4, "养网"), (4, "包养网")], All(matcher, "找包养网站"));
        Assert.Equal(3, matcher.PatternCount);
    }

    [Fact]
    public void Repeated_and_back_to_back_occurrences_are_each_reported()
    {
        var matcher = new AhoCorasick(["aa"]);
        Assert.Equal([(2, "aa"), (3, "aa"), (4, "aa")], All(matcher, "aaaa"));
    }

    [Fact]
    public void Failure_links_recover_after_a_partial_match()
    {
        var matcher = new AhoCorasick(["abcd", "bce"]);
        Assert.Equal([(4, "bce")], All(matcher, "abcex"));
    }

    [Fact]
    public void Many_patterns_match_exactly_where_they_occur()
    {
        var patterns = Enumerable.Range(0, 5000).Select(i => "词" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var matcher = new AhoCorasick(patterns);
        Assert.Equal(5000, matcher.PatternCount);
        var text = "开头词00042中间词04999和词12345结尾词0000";
        Assert.Equal(["词00042", "词04999"], matcher.Matches(text).Select(m => m.Pattern).ToList());
        Assert.Equal(text.IndexOf("词04999", StringComparison.Ordinal) + 6, matcher.Matches(text).Last().End);
    }

    [Fact]
    public void No_patterns_or_an_empty_text_find_nothing()
    {
        Assert.Empty(new AhoCorasick([]).Matches("任何文字"));
        Assert.Equal(0, new AhoCorasick(["", ""]).PatternCount);
        Assert.Empty(new AhoCorasick(["包养"]).Matches(""));
    }

    [Fact]
    public void Duplicate_patterns_count_once()
    {
        var matcher = new AhoCorasick(["博彩", "博彩", "赌博"]);
        Assert.Equal(2, matcher.PatternCount);
        Assert.Equal([(3, "赌博"), (4, "博彩")], All(matcher, "网赌博彩"));
    }
}
