using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A worker cancels its own booking before the talk begins; the slot opens again.</summary>
public sealed class CancelBooking(AppDbContext db, CurrentUser user, TimeProvider time, Notifier notifier)
{
    public async Task<Outcome<Done>> HandleAsync(int id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        var booking = await db.CounsellingBookings.AsNoTracking().Where(b => b.Id == id && b.WorkerId == userId)
            .Join(db.CounsellingSlots, b => b.SlotId, s => s.Id, (b, s) => new
            {
                b.Alias,
                s.StartsAt,
                CounsellorUserId = db.Volunteers.Where(v => v.Id == s.CounsellorId).Select(v => v.UserId).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (booking is null)
        {
            return CounsellingProblems.BookingNotFound;
        }
        return await db.InTransactionAsync<Done>(async token =>
        {
            var cancelled = await db.CounsellingBookings
                .Where(b => b.Id == id && b.Status == CounsellingBookingStatus.Booked && db.CounsellingSlots.Any(s => s.Id == b.SlotId && s.StartsAt > now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, CounsellingBookingStatus.Cancelled)
                    .SetProperty(b => b.ActiveSlotId, (int?)null)
                    .SetProperty(b => b.ClosedAt, now), token);
            if (cancelled == 0)
            {
                return CounsellingProblems.BookingClosed;
            }
            notifier.Notify([booking.CounsellorUserId], "心理咨询预约已取消",
                $"化名「{booking.Alias}」取消了 {ChinaTime.FormatDateTime(booking.StartsAt, now)} 的咨询，该时段重新开放预约。", "/me/counselling/desk");
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
