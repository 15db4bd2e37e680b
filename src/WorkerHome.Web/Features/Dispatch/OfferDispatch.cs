using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>Further volunteers for a dispatch nobody has accepted yet.</summary>
public sealed record OfferDispatchRequest
{
    /// <summary>Volunteers to ask now, in order (1–20), none asked before.</summary>
    [Required(ErrorMessage = "请选择志愿者")]
    [Length(1, 20, ErrorMessage = "请选择 1 到 20 位志愿者")]
    public List<int> VolunteerIds { get; set; } = [];
}

/// <summary>
/// 追加派单: staff offer a Waiting or Offered dispatch to further volunteers at once (each gets the dispatch's
/// answer time). The dispatch row is locked first, so this cannot cross an acceptance.
/// </summary>
public sealed class OfferDispatch(AppDbContext db, DataScope scope, DispatchTargets targets, DispatchFlow flow, DispatchViews views)
{
    private static readonly DispatchStatus[] Open = [DispatchStatus.Waiting, DispatchStatus.Offered];

    public async Task<Outcome<DispatchView>> HandleAsync(int id, OfferDispatchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await db.Dispatches.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.UnionId, d.SessionId, d.NeedGroupId, d.Status }).FirstOrDefaultAsync(ct);
        if (found is null || !await scope.CoversUnionAsync(found.UnionId, ct))
        {
            return DispatchProblems.NotFound;
        }
        var volunteers = request.VolunteerIds ?? [];
        if (volunteers.Count is < 1 or > 20 || volunteers.Distinct().Count() != volunteers.Count)
        {
            return CommonProblems.Field("volunteerIds", "请选择 1 到 20 位不重复的志愿者");
        }
        var target = (await targets.LoadAsync(found.SessionId, found.NeedGroupId, ct))!;
        var eligible = await targets.InBranch(target.UnionPath).Where(v => volunteers.Contains(v.Id)).CountAsync(ct);
        if (eligible != volunteers.Count)
        {
            return CommonProblems.Field("volunteerIds", "所选志愿者须为本工会所在系统内已认证的志愿者");
        }
        if (await db.DispatchOffers.AnyAsync(o => o.DispatchId == id && volunteers.Contains(o.VolunteerId), ct))
        {
            return CommonProblems.Field("volunteerIds", "所选志愿者中有人已收到过这张派单");
        }
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            var dispatch = await flow.LockAsync(id, Open, token);
            if (dispatch is null)
            {
                return DispatchProblems.NotOpen;
            }
            dispatch.Queue = dispatch.Queue.Where(q => !volunteers.Contains(q)).ToList();
            await flow.OpenOffersAsync(dispatch, volunteers, DispatchFlow.TitleOf(target), token);
            dispatch.Version++;
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem;
        }
        return (await views.ProjectAsync([id], ct))[0];
    }
}
