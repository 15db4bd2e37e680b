using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Bookings;

/// <summary>
/// Which rooms and bookings the current staff user may act on: those of sites whose union lies in their subtree.
/// Anything outside answers "not found", so a county never learns what another county holds.
/// </summary>
public sealed class BookingsAccess(AppDbContext db, DataScope scope)
{
    public async Task<IQueryable<BookableRoom>> RoomsAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return db.BookableRooms.Where(_ => false);
        }
        var unions = access.UnionIds(db);
        return db.BookableRooms.Where(r => db.Sites.Any(s => s.Id == r.SiteId && unions.Contains(s.UnionId)));
    }

    public async Task<IQueryable<RoomBooking>> BookingsAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return db.RoomBookings.Where(_ => false);
        }
        var unions = access.UnionIds(db);
        return db.RoomBookings.Where(b => db.Sites.Any(s => s.Id == b.SiteId && unions.Contains(s.UnionId)));
    }

    public async Task<bool> CoversSiteAsync(int siteId, CancellationToken ct)
    {
        var unionId = await db.Sites.Where(s => s.Id == siteId && s.DeletedAt == null).Select(s => (int?)s.UnionId).FirstOrDefaultAsync(ct);
        return unionId is not null && await scope.CoversUnionAsync(unionId.Value, ct);
    }
}
