using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Needs;

/// <summary>The surveys of the caller's subtree, latest period first, with their response and need counts.</summary>
public sealed class ListSurveys(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<SurveyView>>> HandleAsync(int page, int pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } problem)
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var unionIds = access.UnionIds(db);
        var surveys = db.NeedsSurveys.AsNoTracking().Where(s => unionIds.Contains(s.UnionId));
        var total = await surveys.CountAsync(ct);
        var rows = await SurveyViews.Rows(surveys.OrderByDescending(s => s.OpensOn).ThenByDescending(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize), db).ToListAsync(ct);
        var today = time.LocalToday();
        return new PagedList<SurveyView>(rows.Select(r => SurveyViews.ToView(r, today)).ToList(), total, page, pageSize);
    }
}
