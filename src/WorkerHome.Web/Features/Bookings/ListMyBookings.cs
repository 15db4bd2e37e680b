using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>A worker's bookings: upcoming first (soonest first), then past ones (latest first).</summary>
/// <param name="Upcoming">Bookings not yet ended that still hold their slots or are checked in.</param>
/// <param name="Past">The rest, the last 50.</param>
public sealed record MyBookings(IReadOnlyList<BookingView> Upcoming, IReadOnlyList<BookingView> Past);

/// <summary>The signed-in worker's own bookings.</summary>
public sealed class ListMyBookings(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<MyBookings>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        var mine = db.RoomBookings.AsNoTracking().Where(b => b.UserId == userId);
        var live = mine.Where(b => b.EndsAt > now
            && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn));
        var upcoming = await Project(live.OrderBy(b => b.StartsAt)).ToListAsync(ct);
        var ids = upcoming.Select(b => b.Id).ToList();
        var past = await Project(mine.Where(b => !ids.Contains(b.Id)).OrderByDescending(b => b.StartsAt).Take(50)).ToListAsync(ct);
        return new MyBookings(upcoming, past);
    }

    private IQueryable<BookingView> Project(IQueryable<RoomBooking> bookings) => bookings.Select(b => new BookingView(b.Id, b.RoomId,
        db.BookableRooms.Where(r => r.Id == b.RoomId).Select(r => r.Name).First(), b.SiteId,
        db.Sites.Where(s => s.Id == b.SiteId).Select(s => s.Name).First(), b.Date, b.StartsAt, b.EndsAt, b.Purpose, b.People,
        b.ContactName, b.Status, b.RejectReason, b.SeriesId, b.CheckedInAt));
}
