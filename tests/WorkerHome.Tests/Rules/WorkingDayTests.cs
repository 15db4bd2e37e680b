using WorkerHome.Features.Sessions;

namespace WorkerHome.Tests.Rules;

public sealed class WorkingDayTests
{
    private static readonly ChineseCalendar Calendar = new(
    [
        .. Enumerable.Range(1, 7).Select(d => new PublicHoliday { Date = new DateOnly(2026, 10, d), Kind = HolidayKind.DayOff, Name = "国庆节" }),
        new PublicHoliday { Date = new DateOnly(2026, 10, 10), Kind = HolidayKind.WorkingDay, Name = "国庆节" },
    ]);

    [Fact]
    public void Two_working_days_after_a_friday_is_the_tuesday() =>
        Assert.Equal(new DateOnly(2026, 12, 8), Calendar.AddWorkingDays(new DateOnly(2026, 12, 4), 2));

    [Fact]
    public void A_deadline_spanning_the_national_day_skips_the_holiday_and_counts_the_worked_saturday()
    {
        // From 30 September (Wed): 1–7 October are off; Thursday 8 and Friday 9 October are working days one and two,
        // and the 调休 Saturday 10 October is the third.
        Assert.Equal(new DateOnly(2026, 10, 9), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 2));
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
        Assert.Equal(new DateOnly(2026, 9, 30), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 0));
    }
}
