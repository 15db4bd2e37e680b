using WorkerHome.Features.Sites;

namespace WorkerHome.Tests.Rules;

public sealed class OpeningHoursTextTests
{
    [Theory]
    [InlineData("周一至周五 09:00-18:00", 5)]
    [InlineData("每天 08:30-21:00", 7)]
    [InlineData("周一至周五 09:00-12:00、14:00-18:00；周六 09:00-12:00", 11)]
    [InlineData("星期一~星期三 9:00-17:00", 3)]
    [InlineData("工作日 08:00-17:00; 周末 10:00-16:00", 7)]
    [InlineData("", 0)]
    public void People_write_weekly_hours_in_several_ways(string text, int periods)
    {
        Assert.True(OpeningHoursText.TryParse(text, out var parsed, out var error), error);
        Assert.Equal(periods, parsed.Count);
    }

    [Theory]
    [InlineData("随时")]
    [InlineData("周八 09:00-18:00")]
    [InlineData("周五至周一 09:00-18:00")]
    public void Nonsense_is_refused_with_a_chinese_reason(string text)
    {
        Assert.False(OpeningHoursText.TryParse(text, out _, out var error));
        Assert.Contains("无法识别", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_groups_days_with_the_same_hours_and_round_trips()
    {
        Assert.True(OpeningHoursText.TryParse("周一至周五 09:00-12:00、14:00-18:00；周六、周日 09:00-12:00", out var parsed, out _));
        var periods = parsed.Select(p => (p.Day, OpeningHoursText.ParseMinutes(p.Opens)!.Value, OpeningHoursText.ParseMinutes(p.Closes)!.Value)).ToList();
        var text = OpeningHoursText.Format(periods);
        Assert.Equal("周一至周五 09:00-12:00、14:00-18:00；周六、周日 09:00-12:00", text);
        Assert.Equal("每天 09:00-21:00", OpeningHoursText.Format(Enumerable.Range(1, 7).Select(d => (d, 540, 1260))));
    }

    [Theory]
    [InlineData("09:00", 540)]
    [InlineData("24:00", 1440)]
    [InlineData("7:05", 425)]
    [InlineData("24:01", null)]
    [InlineData("9", null)]
    public void Times_are_minutes_after_midnight(string text, int? minutes) => Assert.Equal(minutes, OpeningHoursText.ParseMinutes(text));
}
