using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>One slot of the day.</summary>
/// <param name="Start">Beijing start, "HH:mm".</param>
/// <param name="End">Beijing end, "HH:mm".</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="Free">Whether it can be booked now.</param>
/// <param name="Note">Why not: 已被预约, 已过, 需提前预约.</param>
public sealed record SlotView(string Start, string End, DateTimeOffset StartsAt, bool Free, string? Note);

/// <summary>A room's slots on a date.</summary>
/// <param name="RoomId">Room id.</param>
/// <param name="Date">Beijing date.</param>
/// <param name="Bookable">False when the date is outside the room's booking window or the room is stopped.</param>
/// <param name="Slots">Every slot of the site's opening periods that day.</param>
public sealed record DaySlots(int RoomId, DateOnly Date, bool Bookable, IReadOnlyList<SlotView> Slots);

/// <summary>The free slots of a room on a date: the site's opening periods cut into slots, minus taken, past and too-early ones.</summary>
public sealed class GetRoomSlots(AppDbContext db, TimeProvider time)
{
    public async Task<Outcome<DaySlots>> HandleAsync(int roomId, DateOnly? date, CancellationToken ct)
    {
        var room = await db.BookableRooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null)
        {
            return BookingsProblems.RoomNotFound;
        }
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == room.SiteId && s.DeletedAt == null, ct);
        if (site is null)
        {
            return BookingsProblems.RoomNotFound;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var day = date ?? today;
        if (day < today.AddDays(-31) || day > today.AddDays(366))
        {
            return CommonProblems.Field("date", "日期超出可查询范围");
        }
        var slots = RoomSlots.Of(site, day, room.SlotMinutes);
        var from = slots.Count > 0 ? slots[0].StartsAt : now;
        var to = slots.Count > 0 ? slots[^1].StartsAt : now;
        var taken = (await db.RoomBookingSlots.AsNoTracking()
            .Where(s => s.RoomId == roomId && s.StartsAt >= from && s.StartsAt <= to)
            .Select(s => s.StartsAt).ToListAsync(ct)).ToHashSet();
        var bookable = room.IsActive && day <= today.AddDays(room.MaxAdvanceDays);
        var earliest = now.AddHours(room.MinLeadHours);
        var views = slots.Select(s =>
        {
            var note = taken.Contains(s.StartsAt) ? "已被预约"
                : s.StartsAt <= now ? "已过"
                : s.StartsAt < earliest ? $"需提前 {room.MinLeadHours} 小时"
                : !bookable ? "不可预约"
                : null;
            return new SlotView(ChinaTime.FormatMinutes(s.StartMinute), ChinaTime.FormatMinutes(s.EndMinute), s.StartsAt, note is null, note);
        }).ToList();
        return new DaySlots(roomId, day, bookable, views);
    }
}
