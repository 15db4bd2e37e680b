using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Sessions;

/// <summary>What kind of day a date is for workers in mainland China.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday, not a holiday.</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday, not worked.</summary>
    Weekend,

    /// <summary>A statutory day off (放假).</summary>
    PublicHoliday,

    /// <summary>A weekend day worked in exchange for a holiday (调休上班).</summary>
    AdjustedWorkingDay,
}

/// <summary>
/// The State Council's holiday arrangement as loaded into <see cref="PublicHoliday"/>: which dates are days off,
/// which weekend days are worked, and up to which date the arrangement is known.
/// </summary>
public sealed class ChineseCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, PublicHoliday> _days;

    public ChineseCalendar(IEnumerable<PublicHoliday> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _days = days.ToDictionary(d => d.Date);
        KnownUntil = _days.Count == 0 ? null : new DateOnly(_days.Keys.Max().Year, 12, 31);
    }

    /// <summary>The last date the published arrangements cover (31 December of the latest year loaded).</summary>
    public DateOnly? KnownUntil { get; }

    public static async Task<ChineseCalendar> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new ChineseCalendar(await db.PublicHolidays.AsNoTracking().ToListAsync(ct));
    }

    public DayKind KindOf(DateOnly date)
    {
        if (_days.TryGetValue(date, out var special))
        {
            return special.Kind == HolidayKind.DayOff ? DayKind.PublicHoliday : DayKind.AdjustedWorkingDay;
        }
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.WorkingDay;
    }

    /// <summary>The holiday a special date belongs to (国庆节), or null.</summary>
    public string? HolidayName(DateOnly date) => _days.TryGetValue(date, out var special) ? special.Name : null;

    public bool IsKnown(DateOnly date) => KnownUntil is { } until && date <= until;

    /// <summary>Whether people go to work that day (a weekday that is not a holiday, or a 调休 Saturday).</summary>
    public bool IsWorkingDay(DateOnly date) => KindOf(date) is DayKind.WorkingDay or DayKind.AdjustedWorkingDay;

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="from"/> (from itself not counted): a deadline
    /// "within 2 working days" of a Friday falls on Tuesday, and one that spans 国庆节 skips the whole holiday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }
        return date;
    }
}
