using WorkerHome.Data.Seed;
using WorkerHome.Features.Moderation;

namespace WorkerHome.Tests.Moderation;

/// <summary>
/// The two seed articles are real third-party pages, read where they lie and never copied into the repository:
/// the Leshan page was injected with spam and must be caught; the Xigu page is an ordinary news article.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly AhoCorasick Seeded = new(ReferenceData.SensitiveWords.Select(w => TextScreen.Normalize(w.Word)));

    private static string Read(string name)
    {
        var path = Path.Combine(Environment.GetEnvironmentVariable("WORKERHOME_SEEDS") ?? DefaultSeeds(), name);
        Assert.SkipUnless(File.Exists(path), $"The seed page {path} is not on this machine (set WORKERHOME_SEEDS to its folder).");
        return File.ReadAllText(path);
    }

    // The project's shared folder sits next to the repository: ../shared/seeds from its root.
    private static string DefaultSeeds([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "..", "shared", "seeds"));

    [Fact]
    public void The_spam_injected_Leshan_page_is_flagged_for_stuffing_and_for_the_lexicon()
    {
        var page = Read("leshan-worker-homes.txt");
        var result = TextScreen.Screen(page, Seeded);
        Assert.Contains(result.Reasons, r => r.StartsWith("含敏感词：", StringComparison.Ordinal) && r.Contains("包養", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.StartsWith("疑似堆砌关键词：包養", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stuffing_is_found_without_the_lexicon_too()
    {
        var page = Read("leshan-worker-homes.txt");
        Assert.StartsWith("包養", TextScreen.StuffedKeyword(page), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ordinary_Xigu_article_shows_no_stuffing_and_no_lexicon_word()
    {
        var page = Read("xigu-menu-service.txt");
        var result = TextScreen.Screen(page, Seeded);
        Assert.Null(TextScreen.StuffedKeyword(page));
        Assert.DoesNotContain(result.Reasons, r => r.StartsWith("含敏感词", StringComparison.Ordinal));
    }
}
