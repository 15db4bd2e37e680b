using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// Nursing rooms: a site's rooms in service for everyone (the site page), or with <c>managed</c> every room of the
/// caller's subtree with today's use count (the console; no names).
/// </summary>
public sealed class ListNursingRooms(AppDbContext db, DataScope scope, CurrentUser user, NursingRoomViews views, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<NursingRoomView>>> HandleAsync(int? siteId, bool managed, CancellationToken ct)
    {
        var rooms = db.NursingRooms.AsQueryable();
        if (managed)
        {
            var access = await scope.GetAsync(ct);
            if (!access.IsStaff)
            {
                return CommonProblems.Forbidden;
            }
            var unions = access.UnionIds(db);
            rooms = rooms.Where(r => unions.Contains(r.UnionId));
        }
        else
        {
            var today = time.LocalToday();
            rooms = rooms.Where(r => r.Active && db.Sites.Where(Site.PubliclyVisible(today)).Any(s => s.Id == r.SiteId));
        }
        if (siteId is { } site)
        {
            rooms = rooms.Where(r => r.SiteId == site);
        }
        return (await views.BuildAsync(rooms.OrderBy(r => r.SiteId).ThenBy(r => r.Id).Take(200), user.UserId, managed, ct)).ToList();
    }
}
