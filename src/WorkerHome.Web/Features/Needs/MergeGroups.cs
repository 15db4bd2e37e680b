using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>Groups to fold into another.</summary>
public sealed record MergeGroupsRequest
{
    /// <summary>The groups whose needs move (1 to 50).</summary>
    [MinLength(1, ErrorMessage = "请选择要合并的需求组")]
    [MaxLength(50, ErrorMessage = "一次最多合并50个需求组")]
    public List<int> SourceGroupIds { get; set; } = [];

    /// <summary>The group that takes them and stays.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择合并到哪个需求组")]
    public int TargetGroupId { get; set; }
}

/// <summary>
/// Staff merge groups of one category inside their subtree: every need moves to the target, each source is marked
/// merged into it (and so is never joined again). The target moves up to the nearest union above all of them, so
/// the merged group stays visible to everyone who could see the union of each need.
/// </summary>
public sealed class MergeGroups(AppDbContext db, DataScope scope, NeedGroupViews views)
{
    public async Task<Outcome<NeedGroupView>> HandleAsync(MergeGroupsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sources = request.SourceGroupIds ?? [];
        if (sources.Count == 0)
        {
            return CommonProblems.Field("sourceGroupIds", "请选择要合并的需求组");
        }
        if (sources.Count > 50)
        {
            return CommonProblems.Field("sourceGroupIds", "一次最多合并50个需求组");
        }
        if (sources.Contains(request.TargetGroupId))
        {
            return CommonProblems.Field("sourceGroupIds", "不能把需求组合并到它自己");
        }
        var ids = sources.Append(request.TargetGroupId).Distinct().ToList();
        var groups = await db.NeedGroups.AsNoTracking().Where(g => ids.Contains(g.Id))
            .Select(g => new { g.Id, g.Category, g.MergedIntoId, Path = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Path).FirstOrDefault() ?? "" })
            .ToListAsync(ct);
        if (ids.FirstOrDefault(id => groups.All(g => g.Id != id)) is var missing and > 0)
        {
            return NeedsProblems.GroupNotFound.WithDetail($"需求组 #{missing.ToString(CultureInfo.InvariantCulture)} 不存在");
        }
        var access = await scope.GetAsync(ct);
        if (groups.Any(g => !access.Covers(g.Path)))
        {
            return NeedsProblems.GroupOutOfScope;
        }
        if (groups.Any(g => g.MergedIntoId is not null))
        {
            return NeedsProblems.GroupMerged;
        }
        var category = groups.First(g => g.Id == request.TargetGroupId).Category;
        if (groups.Any(g => g.Category != category))
        {
            return NeedsProblems.GroupCategoryMismatch;
        }
        var ancestorId = CommonAncestor(groups.Select(g => g.Path));

        var merged = await db.InTransactionAsync<int>(async token =>
        {
            if (!await GroupLocks.LockOpenAsync(db, ids, token))
            {
                return NeedsProblems.GroupMerged;
            }
            var tracked = await db.NeedGroups.Where(g => ids.Contains(g.Id)).ToListAsync(token);
            foreach (var source in tracked.Where(g => g.Id != request.TargetGroupId))
            {
                await db.Needs.Where(n => n.GroupId == source.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.GroupId, request.TargetGroupId), token);
                // Groups merged into a source earlier now point at the target, so a chain is never longer than one.
                await db.NeedGroups.Where(g => g.MergedIntoId == source.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(g => g.MergedIntoId, request.TargetGroupId), token);
                source.MergedIntoId = request.TargetGroupId;
            }
            tracked.Single(g => g.Id == request.TargetGroupId).UnionId = ancestorId;
            await db.SaveChangesAsync(token);
            return request.TargetGroupId;
        }, ct);
        return merged.Succeeded ? await views.OneAsync(merged.Value, ct) : merged.Problem;
    }

    /// <summary>The deepest union whose path ("/1/2/5/") starts every one of the paths.</summary>
    internal static int CommonAncestor(IEnumerable<string> paths)
    {
        var chains = paths.Select(p => p.Trim('/').Split('/')).ToList();
        var common = chains[0].TakeWhile((id, depth) => chains.All(c => c.Length > depth && c[depth] == id)).ToList();
        return int.Parse(common[^1], CultureInfo.InvariantCulture);
    }
}
