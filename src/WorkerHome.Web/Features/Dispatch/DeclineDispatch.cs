using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>Why the volunteer declines.</summary>
public sealed record DeclineDispatchRequest
{
    /// <summary>The reason (required, ≤ 200 characters), e.g. 当天有庭审安排.</summary>
    [Required(ErrorMessage = "请填写婉拒的原因")]
    [MaxLength(DispatchOffer.MaxReasonLength, ErrorMessage = "原因不超过 200 字")]
    public string? Reason { get; set; }
}

/// <summary>
/// 婉拒: the volunteer's open offer is closed with a reason, then the dispatch passes on — to the next candidate
/// in the queue (NextCandidate) or back to staff once no offer is open (BackToStaff).
/// </summary>
public sealed class DeclineDispatch(AppDbContext db, CurrentUser current, DispatchTargets targets, DispatchFlow flow, TimeProvider time)
{
    private static readonly DispatchStatus[] Offered = [DispatchStatus.Offered];

    public async Task<Outcome<Done>> HandleAsync(int id, DeclineDispatchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (await VolunteerOf.VerifiedIdAsync(db, userId, ct) is not { } volunteerId)
        {
            return DispatchProblems.NotAVolunteer;
        }
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > DispatchOffer.MaxReasonLength)
        {
            return CommonProblems.Field("reason", string.IsNullOrEmpty(reason) ? "请填写婉拒的原因" : "原因不超过 200 字");
        }
        var found = await db.DispatchOffers.AsNoTracking().Where(o => o.DispatchId == id && o.VolunteerId == volunteerId)
            .Join(db.Dispatches, o => o.DispatchId, d => d.Id, (o, d) => new { o.Id, d.SessionId, d.NeedGroupId })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return DispatchProblems.OfferNotFound;
        }
        var target = (await targets.LoadAsync(found.SessionId, found.NeedGroupId, ct))!;
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Done>(async token =>
        {
            var dispatch = await flow.LockAsync(id, Offered, token);
            var declined = dispatch is null ? 0 : await db.DispatchOffers
                .Where(o => o.Id == found.Id && o.Status == OfferStatus.Open && o.ExpiresAt > now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OfferStatus.Declined)
                    .SetProperty(o => o.AnsweredAt, now)
                    .SetProperty(o => o.DeclineReason, reason), token);
            if (declined == 0)
            {
                var offer = await db.DispatchOffers.AsNoTracking().Where(o => o.Id == found.Id).Select(o => new { o.Status, o.ExpiresAt }).SingleAsync(token);
                return offer.Status == OfferStatus.Withdrawn ? DispatchProblems.Taken
                    : offer.Status == OfferStatus.Expired || (offer.Status == OfferStatus.Open && offer.ExpiresAt <= now) ? DispatchProblems.OfferExpired
                    : DispatchProblems.OfferClosed;
            }
            await flow.PassOnAsync(dispatch!, DispatchFlow.TitleOf(target), token);
            return Done.Value;
        }, ct);
    }
}
