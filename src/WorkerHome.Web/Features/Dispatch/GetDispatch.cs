using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>A dispatch with every offer (staff of its union or above; to anyone else it does not exist).</summary>
public sealed class GetDispatch(AppDbContext db, DataScope scope, DispatchViews views)
{
    public async Task<Outcome<DispatchView>> HandleAsync(int id, CancellationToken ct)
    {
        var unionId = await db.Dispatches.AsNoTracking().Where(d => d.Id == id).Select(d => (int?)d.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null || !await scope.CoversUnionAsync(unionId.Value, ct))
        {
            return DispatchProblems.NotFound;
        }
        return (await views.ProjectAsync([id], ct))[0];
    }

    /// <summary>The live dispatch of a session, if any (for the session's panel).</summary>
    public async Task<Outcome<DispatchView?>> ForSessionAsync(int sessionId, CancellationToken ct)
    {
        var found = await db.Dispatches.AsNoTracking().Where(d => d.SessionId == sessionId && d.Status != DispatchStatus.Cancelled)
            .Select(d => new { d.Id, d.UnionId }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return (DispatchView?)null;
        }
        if (!await scope.CoversUnionAsync(found.UnionId, ct))
        {
            return DispatchProblems.NotFound;
        }
        return (await views.ProjectAsync([found.Id], ct))[0];
    }
}
