using WorkerHome.Features.Bookings;
using WorkerHome.Features.Sites;

namespace WorkerHome.Tests.Bookings;

public sealed class RoomSlotsTests
{
    private static readonly DateOnly Thursday = new(2026, 12, 3);

    private static Site Site(params (int Day, int Opens, int Closes)[] hours) => new()
    {
        Status = SiteStatus.Operating,
        Form = SiteForm.Shared,
        OpeningHours = [.. hours.Select(h => new OpeningPeriod { Day = h.Day, OpensAt = h.Opens, ClosesAt = h.Closes })],
    };

    [Fact]
    public void Opening_periods_are_cut_into_slots_and_a_short_remainder_is_not_bookable()
    {
        var slots = RoomSlots.Of(Site((4, 9 * 60, 12 * 60 + 30)), Thursday, 60);
        Assert.Equal(["09:00–10:00", "10:00–11:00", "11:00–12:00"], slots.Select(s => s.Label));
    }

    [Fact]
    public void A_lunch_break_between_two_periods_is_never_inside_a_slot()
    {
        var site = Site((4, 9 * 60, 12 * 60), (4, 14 * 60, 17 * 60));
        var slots = RoomSlots.Of(site, Thursday, 90);
        Assert.Equal(["09:00–10:30", "10:30–12:00", "14:00–15:30", "15:30–17:00"], slots.Select(s => s.Label));
        Assert.Null(RoomSlots.Run(slots, 10 * 60 + 30, 2));
        Assert.Equal(2, RoomSlots.Run(slots, 14 * 60, 2)!.Count);
    }

    [Fact]
    public void A_special_day_replaces_the_weekday_hours_or_closes_the_day()
    {
        var site = Site((4, 9 * 60, 21 * 60));
        site.SpecialDays = [new SpecialDay { Date = Thursday, OpensAt = 10 * 60, ClosesAt = 12 * 60 }, new SpecialDay { Date = Thursday.AddDays(7), Closed = true }];
        Assert.Equal(["10:00–11:00", "11:00–12:00"], RoomSlots.Of(site, Thursday, 60).Select(s => s.Label));
        Assert.Empty(RoomSlots.Of(site, Thursday.AddDays(7), 60));
        Assert.Equal(12, RoomSlots.Of(site, Thursday.AddDays(14), 60).Count);
    }

    [Fact]
    public void Other_weekdays_suspended_sites_and_mobile_sites_outside_their_window_have_no_slots()
    {
        var site = Site((4, 9 * 60, 21 * 60));
        Assert.Empty(RoomSlots.Of(site, Thursday.AddDays(1), 60));
        site.Status = SiteStatus.Suspended;
        Assert.Empty(RoomSlots.Of(site, Thursday, 60));
        var mobile = Site((4, 9 * 60, 21 * 60));
        mobile.Form = SiteForm.Mobile;
        mobile.ValidTo = Thursday.AddDays(-1);
        Assert.Empty(RoomSlots.Of(mobile, Thursday, 60));
    }

    [Fact]
    public void Slots_are_instants_in_Beijing_time_and_weeks_start_on_monday()
    {
        var slot = RoomSlots.Of(Site((4, 19 * 60, 20 * 60)), Thursday, 60).Single();
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero), slot.StartsAt);
        Assert.Equal(new DateOnly(2026, 11, 30), RoomSlots.WeekStart(Thursday));
        Assert.Equal(new DateOnly(2026, 11, 30), RoomSlots.WeekStart(new DateOnly(2026, 12, 6)));
    }
}
