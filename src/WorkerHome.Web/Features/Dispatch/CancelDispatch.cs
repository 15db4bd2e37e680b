using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>
/// 撤销派单: withdraws every open offer and tells those volunteers; an accepted dispatch also releases its
/// session (the provider is cleared) and the volunteer is told. The target can then be dispatched again.
/// </summary>
public sealed class CancelDispatch(AppDbContext db, DataScope scope, DispatchTargets targets, DispatchFlow flow, Notifier notifier,
    DispatchViews views, TimeProvider time)
{
    private static readonly DispatchStatus[] Live = [DispatchStatus.Waiting, DispatchStatus.Offered, DispatchStatus.Accepted];

    public async Task<Outcome<DispatchView>> HandleAsync(int id, CancellationToken ct)
    {
        var found = await db.Dispatches.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.UnionId, d.SessionId, d.NeedGroupId }).FirstOrDefaultAsync(ct);
        if (found is null || !await scope.CoversUnionAsync(found.UnionId, ct))
        {
            return DispatchProblems.NotFound;
        }
        var target = (await targets.LoadAsync(found.SessionId, found.NeedGroupId, ct))!;
        var now = time.GetUtcNow();
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            var dispatch = await flow.LockAsync(id, Live, token);
            if (dispatch is null)
            {
                return DispatchProblems.AlreadyCancelled;
            }
            var tell = await db.DispatchOffers.Where(o => o.DispatchId == id && o.Status == OfferStatus.Open)
                .Select(o => o.VolunteerId).ToListAsync(token);
            await db.DispatchOffers.Where(o => o.DispatchId == id && o.Status == OfferStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Withdrawn).SetProperty(o => o.AnsweredAt, now), token);
            if (dispatch is { Status: DispatchStatus.Accepted, VolunteerId: { } provider })
            {
                tell.Add(provider);
                if (dispatch.SessionId is { } sessionId)
                {
                    await db.Sessions.Where(s => s.Id == sessionId && s.VolunteerId == provider)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, (int?)null), token);
                }
            }
            dispatch.Status = DispatchStatus.Cancelled;
            dispatch.VolunteerId = null;
            dispatch.AcceptedAt = null;
            dispatch.CancelledAt = now;
            dispatch.Queue = [];
            dispatch.Version++;
            var users = await db.Volunteers.Where(v => tell.Contains(v.Id)).Select(v => v.UserId).ToListAsync(token);
            notifier.Notify(users, "派单已撤销", $"{DispatchFlow.TitleOf(target)}：工会已撤销这张派单，无需再答复或前往。", DispatchFlow.VolunteerLink);
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
