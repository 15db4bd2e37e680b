using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>Why a booking is rejected.</summary>
public sealed record RejectBookingRequest
{
    /// <summary>The reason the booker reads.</summary>
    [Required(ErrorMessage = "请填写不通过的原因"), StringLength(200, ErrorMessage = "原因不超过 200 字")]
    public string Reason { get; set; } = "";
}

/// <summary>
/// Site staff approve a pending booking (it becomes confirmed) or reject it with a reason (its slots are freed). Each
/// decision is one conditional update from Pending, so two staff deciding at once cannot both win; the booker is told.
/// </summary>
public sealed class DecideBooking(AppDbContext db, CurrentUser current, BookingsAccess access, Notifier notifier, TimeProvider time)
{
    public Task<Outcome<Done>> ApproveAsync(int bookingId, CancellationToken ct) => DecideAsync(bookingId, null, ct);

    public Task<Outcome<Done>> RejectAsync(int bookingId, RejectBookingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reason = request.Reason.Trim();
        return reason.Length == 0
            ? Task.FromResult<Outcome<Done>>(CommonProblems.Field("reason", "请填写不通过的原因"))
            : DecideAsync(bookingId, reason, ct);
    }

    private async Task<Outcome<Done>> DecideAsync(int bookingId, string? rejectReason, CancellationToken ct)
    {
        var booking = await (await access.BookingsAsync(ct)).AsNoTracking().Where(b => b.Id == bookingId)
            .Select(b => new { b.UserId, b.StartsAt, b.Purpose }).FirstOrDefaultAsync(ct);
        if (booking is null)
        {
            return BookingsProblems.BookingNotFound;
        }
        var now = time.GetUtcNow();
        var staff = current.UserId;
        return await db.InTransactionAsync<Done>(async token =>
        {
            var pending = db.RoomBookings.Where(b => b.Id == bookingId && b.Status == BookingStatus.Pending);
            var changed = rejectReason is null
                ? await pending.ExecuteUpdateAsync(b => b.SetProperty(x => x.Status, BookingStatus.Confirmed)
                    .SetProperty(x => x.DecidedAt, now).SetProperty(x => x.DecidedBy, staff), token)
                : await pending.ExecuteUpdateAsync(b => b.SetProperty(x => x.Status, BookingStatus.Rejected)
                    .SetProperty(x => x.RejectReason, rejectReason).SetProperty(x => x.DecidedAt, now)
                    .SetProperty(x => x.DecidedBy, staff).SetProperty(x => x.EndedAt, now), token);
            if (changed == 0)
            {
                return BookingsProblems.NotPending;
            }
            var when = ChinaTime.FormatDateTime(booking.StartsAt, now);
            if (rejectReason is null)
            {
                notifier.Notify([booking.UserId], "场地预约已通过", $"您预约的“{booking.Purpose}”（{when}）已通过审核，请按时到场签到。", "/me/bookings");
            }
            else
            {
                await db.RoomBookingSlots.Where(s => s.BookingId == bookingId).ExecuteDeleteAsync(token);
                notifier.Notify([booking.UserId], "场地预约未通过", $"您预约的“{booking.Purpose}”（{when}）未通过审核：{rejectReason}", "/me/bookings");
            }
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
