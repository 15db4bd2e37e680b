using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>The rooms of a site: active ones for everyone; with <c>includeInactive</c>, also stopped ones for staff in scope.</summary>
public sealed class ListSiteRooms(AppDbContext db, BookingsAccess access, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<RoomView>>> HandleAsync(int siteId, bool includeInactive, CancellationToken ct)
    {
        var today = time.LocalToday();
        var visible = await db.Sites.AsNoTracking().Where(Site.PubliclyVisible(today)).AnyAsync(s => s.Id == siteId, ct);
        var staff = includeInactive && await access.CoversSiteAsync(siteId, ct);
        if (!visible && !staff)
        {
            return SitesProblems.NotFound;
        }
        var rooms = await db.BookableRooms.AsNoTracking()
            .Where(r => r.SiteId == siteId && (staff || r.IsActive))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(RoomView.Projection).ToListAsync(ct);
        return rooms.Select(r => r.Named()).ToList();
    }
}
