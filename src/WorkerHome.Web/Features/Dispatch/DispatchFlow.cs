using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Volunteers;

namespace WorkerHome.Features.Dispatch;

/// <summary>
/// The moves every dispatch use case shares: locking the dispatch row, opening offers, and passing a dispatch on
/// after a decline or an expiry. Every writer locks the dispatch row before it touches the dispatch's offers, so
/// two writers never wait on each other in opposite order.
/// </summary>
public sealed class DispatchFlow(AppDbContext db, Notifier notifier, TimeProvider time)
{
    public const string VolunteerLink = "/volunteer/dispatches";
    public const string ConsoleLink = "/console/dispatch";

    /// <summary>
    /// Locks the dispatch (a version bump: the row lock holds to the end of the transaction) if it is in one of
    /// <paramref name="statuses"/>, and loads it for change; null when it is not.
    /// </summary>
    public async Task<ServiceDispatch?> LockAsync(int id, IReadOnlyCollection<DispatchStatus> statuses, CancellationToken ct)
    {
        var locked = await db.Dispatches.Where(d => d.Id == id && statuses.Contains(d.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version + 1), ct);
        return locked == 0 ? null : await db.Dispatches.SingleAsync(d => d.Id == id, ct);
    }

    /// <summary>Opens offers to these volunteers (in order) and tells each of them; the caller saves.</summary>
    public async Task OpenOffersAsync(ServiceDispatch dispatch, IReadOnlyList<int> volunteerIds, string title, CancellationToken ct)
    {
        if (volunteerIds.Count == 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        var rank = dispatch.Id == 0 ? 0 : await db.DispatchOffers.CountAsync(o => o.DispatchId == dispatch.Id, ct);
        foreach (var volunteerId in volunteerIds)
        {
            db.DispatchOffers.Add(new DispatchOffer
            {
                DispatchId = dispatch.Id,
                VolunteerId = volunteerId,
                Rank = ++rank,
                OfferedAt = now,
                ExpiresAt = now.AddHours(dispatch.AnswerHours),
            });
        }
        dispatch.Status = DispatchStatus.Offered;
        var users = await db.Volunteers.Where(v => volunteerIds.Contains(v.Id)).Select(v => v.UserId).ToListAsync(ct);
        notifier.Notify(users, "新的派单邀请", $"{title}：请在 {dispatch.AnswerHours} 小时内答复是否接单。", VolunteerLink);
    }

    /// <summary>
    /// After an offer of a locked dispatch closed without acceptance: opens the next candidates from the queue
    /// (NextCandidate) and, when no offer is left open, returns the dispatch to staff (Waiting) and tells its creator.
    /// </summary>
    public async Task PassOnAsync(ServiceDispatch dispatch, string title, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var open = await db.DispatchOffers.CountAsync(o => o.DispatchId == dispatch.Id && o.Status == OfferStatus.Open, ct);
        if (dispatch.OnNoAnswer == NoAnswerPolicy.NextCandidate && open < dispatch.ParallelOffers && dispatch.Queue.Count > 0)
        {
            var offered = await db.DispatchOffers.Where(o => o.DispatchId == dispatch.Id).Select(o => o.VolunteerId).ToListAsync(ct);
            var verified = await db.Volunteers.Where(v => dispatch.Queue.Contains(v.Id) && v.Status == VolunteerStatus.Verified)
                .Select(v => v.Id).ToListAsync(ct);
            var queue = dispatch.Queue.ToList();
            var next = new List<int>();
            while (open + next.Count < dispatch.ParallelOffers && queue.Count > 0)
            {
                var candidate = queue[0];
                queue.RemoveAt(0);
                // One suspended since staff chose them, or already offered, is passed over.
                if (verified.Contains(candidate) && !offered.Contains(candidate) && !next.Contains(candidate))
                {
                    next.Add(candidate);
                }
            }
            dispatch.Queue = queue;
            await OpenOffersAsync(dispatch, next, title, ct);
            open += next.Count;
        }
        if (open == 0)
        {
            dispatch.Status = DispatchStatus.Waiting;
            notifier.Notify([dispatch.CreatedBy], "派单待重新安排", $"{title}：没有志愿者接单，请重新选择志愿者。", ConsoleLink);
        }
        dispatch.Version++;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The title shown in messages: the item's title and, for a session, its time.</summary>
    public static string TitleOf(TargetFacts target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.StartsAt is { } start
            ? $"{target.Title}（{Infrastructure.Time.ChinaTime.FormatStamp(start)}）"
            : target.Title;
    }
}
