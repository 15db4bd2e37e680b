using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>One nursing room as a mother at the door sees it (the QR on the door leads here). Staff of the site also see today's use count.</summary>
public sealed class GetNursingRoom(AppDbContext db, CurrentUser user, CareAccess access, NursingRoomViews views, TimeProvider time)
{
    public async Task<Outcome<NursingRoomView>> HandleAsync(int id, CancellationToken ct)
    {
        var today = time.LocalToday();
        var room = await db.NursingRooms.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.UnionId, r.Active, Public = db.Sites.Where(Site.PubliclyVisible(today)).Any(s => s.Id == r.SiteId) })
            .FirstOrDefaultAsync(ct);
        if (room is null)
        {
            return ChildCareProblems.NursingRoomNotFound;
        }
        var staff = await access.CoversAsync(room.UnionId, ct);
        if (!staff && (!room.Active || !room.Public))
        {
            return ChildCareProblems.NursingRoomNotFound;
        }
        return (await views.BuildAsync(db.NursingRooms.Where(r => r.Id == id), user.UserId, staff, ct))[0];
    }
}
