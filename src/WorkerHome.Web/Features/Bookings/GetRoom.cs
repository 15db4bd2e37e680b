using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>A room with its site's name, for the booking page.</summary>
/// <param name="Room">The room and its rules.</param>
/// <param name="SiteName">The site's name.</param>
/// <param name="SiteAddress">The site's address.</param>
public sealed record RoomDetail(RoomView Room, string SiteName, string SiteAddress);

/// <summary>One room (anyone may read it, while its site is visible).</summary>
public sealed class GetRoom(AppDbContext db)
{
    public async Task<Outcome<RoomDetail>> HandleAsync(int roomId, CancellationToken ct)
    {
        var room = await db.BookableRooms.AsNoTracking().Where(r => r.Id == roomId).Select(RoomView.Projection).FirstOrDefaultAsync(ct);
        if (room is null)
        {
            return BookingsProblems.RoomNotFound;
        }
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == room.SiteId && s.DeletedAt == null)
            .Select(s => new { s.Name, s.Address, s.Status }).FirstOrDefaultAsync(ct);
        return site is null || site.Status == SiteStatus.Closed
            ? BookingsProblems.RoomNotFound
            : new RoomDetail(room.Named(), site.Name, site.Address);
    }
}
