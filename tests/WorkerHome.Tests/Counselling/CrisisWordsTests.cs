using WorkerHome.Features.Counselling;

namespace WorkerHome.Tests.Counselling;

public sealed class CrisisWordsTests
{
    private static readonly string[] Words = ["自杀", "不想活", "割腕", "ok2die"];

    [Theory]
    [InlineData("我真的不想活了")]
    [InlineData("有时候想 自 杀")]
    [InlineData("不-想-活")]
    [InlineData("我　不想　活")]
    [InlineData("ＯＫ２ＤＩＥ")]
    public void A_crisis_word_is_found_whatever_its_spacing_or_width(string note) =>
        Assert.True(CrisisWords.Matches(note, Words));

    [Theory]
    [InlineData("最近工作压力大，睡不好")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("想活得开心一点")]
    public void An_ordinary_note_is_not_flagged(string? note) =>
        Assert.False(CrisisWords.Matches(note, Words));

    [Fact]
    public void The_default_list_holds_the_words_the_brief_names() =>
        Assert.All(new[] { "自杀", "不想活", "轻生", "结束生命", "跳楼", "割腕" }, w => Assert.Contains(w, CounsellingOptions.DefaultCrisisWords));
}
