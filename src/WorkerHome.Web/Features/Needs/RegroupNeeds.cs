using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>Where to regroup.</summary>
public sealed record RegroupNeedsRequest
{
    /// <summary>A union inside your scope: its approved needs without a group, and those of the unions below it.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择工会")]
    public int UnionId { get; set; }
}

/// <summary>What regrouping did.</summary>
/// <param name="Grouped">Needs placed in a group.</param>
/// <param name="NewGroups">Groups started for them.</param>
public sealed record RegroupResult(int Grouped, int NewGroups);

/// <summary>
/// Groups every approved need of a subtree that has no group (after a change of the stop list or threshold, or
/// needs that lost their group), oldest first, exactly as if each had just been approved.
/// </summary>
public sealed class RegroupNeeds(AppDbContext db, DataScope scope, GroupNeed grouping)
{
    public async Task<Outcome<RegroupResult>> HandleAsync(RegroupNeedsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = await db.Unions.Where(u => u.Id == request.UnionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null)
        {
            return CommonProblems.Field("unionId", "未找到该工会组织");
        }
        if (!(await scope.GetAsync(ct)).Covers(path))
        {
            return NeedsProblems.UnionOutOfScope;
        }
        return await db.InTransactionAsync<RegroupResult>(async token =>
        {
            var subtree = db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            var needs = await db.Needs.Where(n => n.GroupId == null && n.Moderation == ModerationStatus.Approved && subtree.Contains(n.UnionId))
                .ToListAsync(token);
            var (grouped, newGroups) = await grouping.HandleManyAsync(needs, token);
            return new RegroupResult(grouped, newGroups);
        }, ct);
    }
}
