using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;

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

    private const int WorkerLockSpace = 7101;

    /// <summary>
    /// Serialises one worker's bookings inside a transaction, so the weekly limit counted after it holds until commit
    /// on every node. PostgreSQL: an advisory transaction lock per worker; SQLite's write transactions already run one
    /// at a time.
    /// </summary>
    public static async Task LockWorkerAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres())
        {
            var key = userId.ToString("N");
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({WorkerLockSpace}, hashtext({key}))", ct);
        }
    }
}
