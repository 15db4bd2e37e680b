using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;

namespace WorkerHome.Tests.Rules;

public sealed class SiteRuleTests
{
    private static Site Community() => new()
    {
        Status = SiteStatus.Operating,
        Form = SiteForm.Shared,
        OpeningHours = [new() { Day = 3, OpensAt = 9 * 60, ClosesAt = 12 * 60 }, new() { Day = 3, OpensAt = 14 * 60, ClosesAt = 18 * 60 }],
        SpecialDays = [new() { Date = new DateOnly(2026, 12, 9), Closed = true, Note = "设备检修" }, new() { Date = new DateOnly(2026, 12, 16), Closed = false, OpensAt = 600, ClosesAt = 660 }],
    };

    public static TheoryData<DateTime, bool> Moments => new()
    {
        { new DateTime(2026, 12, 2, 10, 0, 0), true },
        { new DateTime(2026, 12, 2, 12, 0, 0), false },
        { new DateTime(2026, 12, 2, 13, 59, 0), false },
        { new DateTime(2026, 12, 2, 17, 59, 0), true },
        { new DateTime(2026, 12, 3, 10, 0, 0), false },
        { new DateTime(2026, 12, 9, 10, 0, 0), false },
        { new DateTime(2026, 12, 16, 10, 30, 0), true },
        { new DateTime(2026, 12, 16, 15, 0, 0), false },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void Open_now_follows_weekly_hours_and_special_days_in_memory_and_in_the_query(DateTime local, bool open)
    {
        var site = Community();
        Assert.Equal(open, site.IsOpenAt(local));
        Assert.Equal(open, new[] { site }.AsQueryable().Any(Site.OpenAt(local)));
    }

    [Fact]
    public void A_suspended_site_or_a_mobile_site_outside_its_window_is_never_open()
    {
        var suspended = Community();
        suspended.Status = SiteStatus.Suspended;
        Assert.False(suspended.IsOpenAt(new DateTime(2026, 12, 2, 10, 0, 0)));
        var mobile = Community();
        mobile.Form = SiteForm.Mobile;
        mobile.ValidTo = new DateOnly(2026, 11, 30);
        Assert.False(mobile.IsOpenAt(new DateTime(2026, 12, 2, 10, 0, 0)));
        Assert.False(new[] { mobile }.AsQueryable().Any(Site.OpenAt(new DateTime(2026, 12, 2, 10, 0, 0))));
        Assert.False(mobile.IsPubliclyVisible(new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void The_five_marks_are_the_union_of_the_areas_functions()
    {
        var areas = new Dictionary<int, FunctionArea>
        {
            [1] = new() { Id = 1, CoreFunctions = CoreFunction.PoliticalGuidance | CoreFunction.SkillsAndAchievement },
            [2] = new() { Id = 2, CoreFunctions = CoreFunction.Organising },
        };
        var site = new Site { FunctionAreaIds = [1, 2, 99] };
        Assert.Equal(CoreFunction.PoliticalGuidance | CoreFunction.SkillsAndAchievement | CoreFunction.Organising, site.CoverageFrom(areas));
    }

    [Theory]
    [InlineData("511100", "511181100", true)]
    [InlineData("511181", "511181100", true)]
    [InlineData("510000", "511124104", true)]
    [InlineData("511181", "511124104", false)]
    [InlineData("620104", "511181100", false)]
    public void Region_codes_contain_their_subdivisions(string ancestor, string code, bool contains) =>
        Assert.Equal(contains, RegionCodes.Contains(ancestor, code));
}
