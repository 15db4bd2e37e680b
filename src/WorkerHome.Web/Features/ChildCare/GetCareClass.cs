using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>One care class with the consent a guardian agrees to. Drafts and hidden sites are seen only by their staff.</summary>
public sealed class GetCareClass(AppDbContext db, CareAccess access, TimeProvider time)
{
    public async Task<Outcome<CareClassDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var today = time.LocalToday();
        var row = await db.CareClasses.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                Class = c,
                SiteName = db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).First(),
                Public = db.Sites.Where(Site.PubliclyVisible(today)).Any(s => s.Id == c.SiteId),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return ChildCareProblems.ClassNotFound;
        }
        var canManage = await access.CoversAsync(row.Class.UnionId, ct);
        if (!canManage && (row.Class.Status == CareClassStatus.Draft || !row.Public))
        {
            return ChildCareProblems.ClassNotFound;
        }
        return new CareClassDetail(CareClassView.From(row.Class, row.SiteName, time.GetUtcNow()), CareConsent.Text, CareConsent.Version, canManage);
    }
}

/// <summary>A class, the consent text and version an enrolment agrees to, and whether the caller manages it.</summary>
public sealed record CareClassDetail(CareClassView Class, string ConsentText, string ConsentVersion, bool CanManage);
