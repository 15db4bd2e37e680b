using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>
/// The booker cancels before the start, or staff of the site cancel (the booker is told). The status moves with one
/// conditional update and the slots are freed in the same transaction. Another worker's booking is "not found".
/// </summary>
public sealed class CancelBooking(AppDbContext db, CurrentUser current, BookingsAccess access, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int bookingId, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var booking = await db.RoomBookings.AsNoTracking().Where(b => b.Id == bookingId)
            .Select(b => new { b.UserId, b.StartsAt, b.Purpose }).FirstOrDefaultAsync(ct);
        if (booking is null)
        {
            return BookingsProblems.BookingNotFound;
        }
        var byStaff = booking.UserId != userId;
        if (byStaff && !await (await access.BookingsAsync(ct)).AnyAsync(b => b.Id == bookingId, ct))
        {
            return BookingsProblems.BookingNotFound;
        }
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Done>(async token =>
        {
            var changed = await db.RoomBookings
                .Where(b => b.Id == bookingId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed) && b.StartsAt > now)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.Status, BookingStatus.Cancelled).SetProperty(x => x.EndedAt, now), token);
            if (changed == 0)
            {
                return BookingsProblems.NotCancellable;
            }
            await db.RoomBookingSlots.Where(s => s.BookingId == bookingId).ExecuteDeleteAsync(token);
            if (byStaff)
            {
                notifier.Notify([booking.UserId], "场地预约已取消",
                    $"您预约的“{booking.Purpose}”（{ChinaTime.FormatDateTime(booking.StartsAt, now)}）已由阵地工作人员取消。", "/me/bookings");
                await db.SaveChangesAsync(token);
            }
            return Done.Value;
        }, ct);
    }
}
