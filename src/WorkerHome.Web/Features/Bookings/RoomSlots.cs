using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>A slot of a room on a date, in Beijing minutes after midnight and as UTC instants.</summary>
public readonly record struct RoomSlot(DateOnly Date, int StartMinute, int EndMinute)
{
    public DateTimeOffset StartsAt => ChinaTime.FromLocal(Date, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(StartMinute)));

    public DateTimeOffset EndsAt => ChinaTime.FromLocal(Date, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(EndMinute)));

    public string Label => $"{ChinaTime.FormatMinutes(StartMinute)}–{ChinaTime.FormatMinutes(EndMinute)}";
}

/// <summary>
/// The slot maths: a site's opening periods of a date (its special day, if any, replaces the weekday's hours) cut into
/// pieces of the room's slot length; a remainder shorter than a slot is not bookable, and a break between two periods
/// (a lunch break) is never inside a slot.
/// </summary>
public static class RoomSlots
{
    public static IReadOnlyList<RoomSlot> Of(Site site, DateOnly date, int slotMinutes)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotMinutes);
        if (site.Status != SiteStatus.Operating || site.DeletedAt is not null || !site.InService(date))
        {
            return [];
        }
        var special = site.SpecialDays.FirstOrDefault(d => d.Date == date);
        IEnumerable<(int Opens, int Closes)> periods = special is not null
            ? special.Closed || special.OpensAt is null || special.ClosesAt is null ? [] : [(special.OpensAt.Value, special.ClosesAt.Value)]
            : site.OpeningHours.Where(p => p.Day == OpeningPeriod.IsoDay(date.DayOfWeek)).Select(p => (p.OpensAt, p.ClosesAt));
        var slots = new List<RoomSlot>();
        foreach (var (opens, closes) in periods.OrderBy(p => p.Opens))
        {
            for (var start = opens; start + slotMinutes <= closes; start += slotMinutes)
            {
                slots.Add(new RoomSlot(date, start, start + slotMinutes));
            }
        }
        return slots.DistinctBy(s => s.StartMinute).ToList();
    }

    /// <summary>
    /// The <paramref name="count"/> consecutive slots from <paramref name="startMinute"/>, or null when the start is
    /// not a slot of the day or the run crosses a break or closing time.
    /// </summary>
    public static IReadOnlyList<RoomSlot>? Run(IReadOnlyList<RoomSlot> daySlots, int startMinute, int count)
    {
        ArgumentNullException.ThrowIfNull(daySlots);
        var first = daySlots.ToList().FindIndex(s => s.StartMinute == startMinute);
        if (first < 0 || count < 1 || first + count > daySlots.Count)
        {
            return null;
        }
        var run = daySlots.Skip(first).Take(count).ToList();
        for (var i = 1; i < run.Count; i++)
        {
            if (run[i].StartMinute != run[i - 1].EndMinute)
            {
                return null;
            }
        }
        return run;
    }

    /// <summary>Monday of the ISO week of a date.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(OpeningPeriod.IsoDay(date.DayOfWeek) - 1));
}
