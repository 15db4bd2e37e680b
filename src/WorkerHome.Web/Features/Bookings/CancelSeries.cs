using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>Staff cancel the rest of a series: its occurrences that have not started, with their slots.</summary>
public sealed class CancelSeries(AppDbContext db, DataScope scope, TimeProvider time)
{
    /// <returns>How many occurrences were cancelled.</returns>
    public async Task<Outcome<int>> HandleAsync(int seriesId, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var unions = access.UnionIds(db);
        if (!access.IsStaff || !await db.BookingSeries.AnyAsync(s => s.Id == seriesId && unions.Contains(s.UnionId), ct))
        {
            return BookingsProblems.SeriesNotFound;
        }
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<int>(async token =>
        {
            var rest = db.RoomBookings.Where(b => b.SeriesId == seriesId && b.StartsAt > now
                && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed));
            await db.RoomBookingSlots.Where(s => rest.Any(b => b.Id == s.BookingId)).ExecuteDeleteAsync(token);
            var cancelled = await rest.ExecuteUpdateAsync(b => b.SetProperty(x => x.Status, BookingStatus.Cancelled).SetProperty(x => x.EndedAt, now), token);
            await db.BookingSeries.Where(s => s.Id == seriesId && s.CancelledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CancelledAt, now), token);
            return cancelled;
        }, ct);
    }
}
