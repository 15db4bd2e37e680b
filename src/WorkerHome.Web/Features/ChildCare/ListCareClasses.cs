using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// Care classes. Workers see classes open for enrolment (optionally at one site), soonest first; staff asking for
/// <c>managed</c> see every class of their subtree in any status.
/// </summary>
public sealed class ListCareClasses(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<CareClassView>>> HandleAsync(int? siteId, bool managed, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var query = db.CareClasses.AsNoTracking();
        if (managed)
        {
            var access = await scope.GetAsync(ct);
            if (!access.IsStaff)
            {
                return CommonProblems.Forbidden;
            }
            var unions = access.UnionIds(db);
            query = query.Where(c => unions.Contains(c.UnionId));
        }
        else
        {
            query = query.Where(c => c.Status == CareClassStatus.Open && c.EnrolmentClosesAt > now && c.LastDay >= today)
                .Where(c => db.Sites.Where(Site.PubliclyVisible(today)).Any(s => s.Id == c.SiteId));
        }
        if (siteId is { } site)
        {
            query = query.Where(c => c.SiteId == site);
        }
        var rows = await query.OrderBy(c => c.FirstDay).ThenBy(c => c.Id).Take(200)
            .Select(c => new { Class = c, SiteName = db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).First() })
            .ToListAsync(ct);
        return rows.Select(r => CareClassView.From(r.Class, r.SiteName, now)).ToList();
    }
}
