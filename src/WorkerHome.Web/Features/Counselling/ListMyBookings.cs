using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A worker's own booking.</summary>
/// <param name="Id">The booking.</param>
/// <param name="Alias">The alias used.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="When">Start in Beijing time.</param>
/// <param name="Minutes">Length in minutes.</param>
/// <param name="CounsellorName">The counsellor.</param>
/// <param name="ModeName">到站面谈, 电话 or 视频.</param>
/// <param name="SiteName">The site of an in-person talk.</param>
/// <param name="Status">Booked, completed, no-show or cancelled.</param>
/// <param name="StatusName">The status in Chinese.</param>
/// <param name="CanCancel">Whether it can still be cancelled (booked and not begun).</param>
/// <param name="Hotline">The hotline, when the note held a crisis word.</param>
public sealed record MyCounsellingBooking(int Id, string Alias, DateTimeOffset StartsAt, string When, int Minutes, string CounsellorName,
    string ModeName, string? SiteName, CounsellingBookingStatus Status, string StatusName, bool CanCancel, string? Hotline);

/// <summary>The signed-in worker's bookings, upcoming first.</summary>
public sealed class ListMyBookings(AppDbContext db, CurrentUser user, TimeProvider time, Microsoft.Extensions.Options.IOptions<CounsellingOptions> options)
{
    public async Task<Outcome<IReadOnlyList<MyCounsellingBooking>>> HandleAsync(int? id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        var bookings = db.CounsellingBookings.AsNoTracking().Where(b => b.WorkerId == userId);
        if (id is { } one)
        {
            bookings = bookings.Where(b => b.Id == one);
        }
        var found = await bookings
            .Join(db.CounsellingSlots, b => b.SlotId, s => s.Id, (b, s) => new { b.Id, b.Alias, b.Status, b.CrisisFlag, b.SlotId, s.StartsAt })
            .OrderByDescending(r => r.StartsAt).Take(100).ToListAsync(ct);
        var slots = await CounsellingViews.RowsByIdAsync(db, found.Select(r => r.SlotId).ToList(), ct);
        return found.Select(r => new { r.Id, r.Alias, r.Status, r.CrisisFlag, Slot = slots[r.SlotId] })
            .OrderBy(r => r.Slot.StartsAt <= now || r.Status != CounsellingBookingStatus.Booked)
            .ThenBy(r => r.Slot.StartsAt > now ? r.Slot.StartsAt.UtcTicks : -r.Slot.StartsAt.UtcTicks)
            .Select(r => new MyCounsellingBooking(r.Id, r.Alias, r.Slot.StartsAt, ChinaTime.FormatDateTime(r.Slot.StartsAt, now),
                (int)(r.Slot.EndsAt - r.Slot.StartsAt).TotalMinutes, r.Slot.CounsellorName, r.Slot.Mode.Chinese(), r.Slot.SiteName,
                r.Status, r.Status.Chinese(), r.Status == CounsellingBookingStatus.Booked && r.Slot.StartsAt > now,
                r.CrisisFlag ? options.Value.Hotline : null))
            .ToList();
    }
}
