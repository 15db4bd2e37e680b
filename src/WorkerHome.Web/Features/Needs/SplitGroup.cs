using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>Needs to take out of a group into a new one.</summary>
public sealed record SplitGroupRequest
{
    /// <summary>Member needs of the group; at least one must stay behind.</summary>
    [MinLength(1, ErrorMessage = "请选择要拆分出去的需求")]
    public List<int> NeedIds { get; set; } = [];

    /// <summary>The new group's title; taken from its first need when empty.</summary>
    [StringLength(100, ErrorMessage = "标题不能超过100个字")]
    public string? Title { get; set; }
}

/// <summary>Staff split a group: the chosen needs move to a new group of the same union and category.</summary>
public sealed class SplitGroup(AppDbContext db, DataScope scope, NeedGroupViews views, TimeProvider time)
{
    public async Task<Outcome<NeedGroupView>> HandleAsync(int groupId, SplitGroupRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var group = await db.NeedGroups.AsNoTracking().Where(g => g.Id == groupId)
            .Select(g => new { g.UnionId, g.Category, g.MergedIntoId, Path = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Path).FirstOrDefault() ?? "" })
            .FirstOrDefaultAsync(ct);
        if (group is null)
        {
            return NeedsProblems.GroupNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(group.Path))
        {
            return NeedsProblems.GroupOutOfScope;
        }
        if (group.MergedIntoId is not null)
        {
            return NeedsProblems.GroupMerged;
        }
        var needIds = (request.NeedIds ?? []).Distinct().ToList();
        if (needIds.Count == 0)
        {
            return CommonProblems.Field("needIds", "请选择要拆分出去的需求");
        }
        var members = await db.Needs.AsNoTracking().Where(n => n.GroupId == groupId)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Select(n => new { n.Id, n.Text }).ToListAsync(ct);
        var strangers = needIds.Where(id => members.All(m => m.Id != id)).ToList();
        if (strangers.Count > 0)
        {
            return CommonProblems.Field("needIds", "以下需求不在该组中：" + string.Join("、", strangers.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture))));
        }
        if (needIds.Count == members.Count)
        {
            return CommonProblems.Field("needIds", "原组至少要保留一条需求；如需改名请用“重命名”");
        }
        var title = request.Title?.Trim();
        if (title is { Length: > 100 })
        {
            return CommonProblems.Field("title", "标题不能超过100个字");
        }

        var split = await db.InTransactionAsync<int>(async token =>
        {
            if (!await GroupLocks.LockOpenAsync(db, [groupId], token))
            {
                return NeedsProblems.GroupMerged;
            }
            var created = new NeedGroup
            {
                UnionId = group.UnionId,
                Category = group.Category,
                Title = string.IsNullOrEmpty(title) ? NeedGrouping.TitleFrom(members.First(m => needIds.Contains(m.Id)).Text) : title,
                TitleSetByStaff = !string.IsNullOrEmpty(title),
                CreatedAt = time.GetUtcNow(),
            };
            db.NeedGroups.Add(created);
            // An automatic title named after a need that is leaving would mislabel the group it leaves.
            var source = await db.NeedGroups.FirstAsync(g => g.Id == groupId, token);
            if (!source.TitleSetByStaff)
            {
                source.Title = NeedGrouping.TitleFrom(members.First(m => !needIds.Contains(m.Id)).Text);
            }
            await db.SaveChangesAsync(token);
            var moved = await db.Needs.Where(n => needIds.Contains(n.Id) && n.GroupId == groupId)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.GroupId, created.Id), token);
            // Someone else moved one of them in the meantime: nothing is half split.
            return moved == needIds.Count ? created.Id : CommonProblems.StaleVersion;
        }, ct);
        return split.Succeeded ? await views.OneAsync(split.Value, ct) : split.Problem;
    }
}
