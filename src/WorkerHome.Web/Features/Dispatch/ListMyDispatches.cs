using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Dispatch;

/// <summary>One offer as the volunteer sees it.</summary>
/// <param name="DispatchId">The dispatch (accept and decline address it).</param>
/// <param name="OfferId">The offer.</param>
/// <param name="Status">Open, Accepted, Declined, Expired or Withdrawn.</param>
/// <param name="StatusName">In Chinese.</param>
/// <param name="OfferedAt">When offered (UTC).</param>
/// <param name="ExpiresAt">Answer deadline (UTC).</param>
/// <param name="Deadline">The deadline in Beijing time, e.g. 12月3日 周四 10:00.</param>
/// <param name="Target">What, when and where.</param>
/// <param name="Note">A word from staff.</param>
/// <param name="DeclineReason">The reason given when declining.</param>
public sealed record MyOffer(int DispatchId, int OfferId, OfferStatus Status, string StatusName, DateTimeOffset OfferedAt,
    DateTimeOffset ExpiresAt, string Deadline, DispatchTargetView Target, string? Note, string? DeclineReason);

/// <summary>The volunteer's open offers (soonest deadline first) and their history (newest first).</summary>
public sealed record MyDispatches(IReadOnlyList<MyOffer> Open, IReadOnlyList<MyOffer> History);

/// <summary>我的派单: a verified volunteer's offers.</summary>
public sealed class ListMyDispatches(AppDbContext db, CurrentUser current, DispatchTargets targets, TimeProvider time)
{
    public const int HistoryLength = 50;

    public async Task<Outcome<MyDispatches>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (await Volunteers.VolunteerOf.VerifiedIdAsync(db, userId, ct) is not { } volunteerId)
        {
            return DispatchProblems.NotAVolunteer;
        }
        var now = time.GetUtcNow();
        var rows = await db.DispatchOffers.AsNoTracking().Where(o => o.VolunteerId == volunteerId)
            .Join(db.Dispatches, o => o.DispatchId, d => d.Id, (o, d) => new { Offer = o, d.SessionId, d.NeedGroupId, d.Note })
            .OrderByDescending(r => r.Offer.OfferedAt).ThenByDescending(r => r.Offer.Id)
            .Take(HistoryLength + 20)
            .ToListAsync(ct);
        var found = await targets.LoadManyAsync(
            rows.Where(r => r.SessionId is not null).Select(r => r.SessionId!.Value).Distinct().ToList(),
            rows.Where(r => r.NeedGroupId is not null).Select(r => r.NeedGroupId!.Value).Distinct().ToList(), ct);
        var offers = rows.Select(r => new MyOffer(r.Offer.DispatchId, r.Offer.Id, r.Offer.Status, r.Offer.Status.Chinese(), r.Offer.OfferedAt,
            r.Offer.ExpiresAt, ChinaTime.FormatDateTime(r.Offer.ExpiresAt, now), found[(r.SessionId, r.NeedGroupId)].View(now), r.Note,
            r.Offer.DeclineReason)).ToList();
        // An offer past its deadline that the pass has not reached yet is no longer answerable: it shows as history.
        var open = offers.Where(o => o.Status == OfferStatus.Open && o.ExpiresAt > now).OrderBy(o => o.ExpiresAt).ToList();
        return new MyDispatches(open, offers.Except(open).Take(HistoryLength).ToList());
    }
}
