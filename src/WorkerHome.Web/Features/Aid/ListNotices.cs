using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Aid;

/// <summary>
/// The public notice (公示): applications approved by the city and not yet paid, with the masked name, the union and
/// the amount only. A notice stays posted from the city's approval until payment.
/// </summary>
public sealed class ListNotices(AppDbContext db)
{
    public async Task<IReadOnlyList<AidNotice>> HandleAsync(CancellationToken ct)
    {
        var rows = await db.AidApplications.AsNoTracking().Where(a => a.Status == AidStatus.OnNotice).OrderByDescending(a => a.NoticeStartsOn).ThenBy(a => a.Id)
            .Select(a => new { a.RealName, a.ApprovedFen, a.NoticeStartsOn, a.NoticeEndsOn, UnionName = db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return rows.Select(r => new AidNotice(Masking.Name(r.RealName), r.UnionName, r.ApprovedFen ?? 0, r.NoticeStartsOn!.Value, r.NoticeEndsOn!.Value)).ToList();
    }
}
