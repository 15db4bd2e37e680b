using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>The worker's own cases, newest first.</summary>
public sealed class ListMyCases(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<RightsCaseItem>>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var today = time.LocalToday();
        var rows = await RightsCaseViews.Rows(db, db.RightsCases.AsNoTracking().Where(c => c.WorkerId == userId))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Case.SubmittedAt).ThenByDescending(r => r.Case.Id).Select(r => RightsCaseViews.Item(r, today)).ToList();
    }
}

/// <summary>One of the worker's own cases, with only the steps and documents meant for the worker (another's: 404).</summary>
public sealed class GetMyCase(AppDbContext db, CaseAccess access, TimeProvider time)
{
    public async Task<Outcome<RightsCaseDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var opened = await access.WorkerAsync(id, ct);
        return opened.Succeeded ? await RightsCaseViews.DetailAsync(db, id, forWorker: true, time.LocalToday(), ct) : opened.Problem;
    }
}
