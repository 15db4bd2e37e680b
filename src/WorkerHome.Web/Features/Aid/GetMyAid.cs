using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Aid;

/// <summary>The worker's own applications, newest first, with every level's decision, the notice period and the payment.</summary>
public sealed class GetMyAid(AppDbContext db, CurrentUser current)
{
    public async Task<Outcome<IReadOnlyList<MyAid>>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var rows = await db.AidApplications.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.Id)
            .Select(a => new { a, UnionName = db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).First() }).ToListAsync(ct);
        var mine = new List<MyAid>();
        foreach (var r in rows)
        {
            var a = r.a;
            mine.Add(new MyAid(a.Id, r.UnionName, a.Status, AidProjection.StatusName(a), a.Level, a.Level.Chinese(), AidProjection.CauseNames(a.Causes),
                a.RequestedFen, a.ApprovedFen, a.SubmittedAt, a.NoticeStartsOn, a.NoticeEndsOn, a.PaidFen, a.PaidOn, a.PayMethod?.Chinese(),
                await AidProjection.StepsAsync(db, a.Id, ct)));
        }
        return mine;
    }
}
