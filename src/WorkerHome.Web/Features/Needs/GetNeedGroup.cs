using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>One group of the caller's subtree with every member need (for choosing what to split off).</summary>
public sealed class GetNeedGroup(AppDbContext db, DataScope scope, NeedGroupViews views)
{
    public async Task<Outcome<NeedGroupView>> HandleAsync(int id, CancellationToken ct)
    {
        var group = await db.NeedGroups.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.MergedIntoId, Path = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Path).FirstOrDefault() ?? "" })
            .FirstOrDefaultAsync(ct);
        if (group is null)
        {
            return NeedsProblems.GroupNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(group.Path))
        {
            return NeedsProblems.GroupOutOfScope;
        }
        if (group.MergedIntoId is { } target)
        {
            return NeedsProblems.GroupMerged.WithDetail($"已合并到需求组 #{target}");
        }
        return await views.OneAsync(id, ct);
    }
}
