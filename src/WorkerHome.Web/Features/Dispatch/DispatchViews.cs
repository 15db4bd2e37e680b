using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Dispatch;

/// <summary>One volunteer's offer, as staff see it.</summary>
/// <param name="Id">Offer id.</param>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="VolunteerName">Their name.</param>
/// <param name="Rank">Place in the ranked list staff chose (1 = first).</param>
/// <param name="Status">Open, Accepted, Declined, Expired or Withdrawn.</param>
/// <param name="StatusName">In Chinese.</param>
/// <param name="OfferedAt">When offered (UTC).</param>
/// <param name="ExpiresAt">Answer deadline (UTC).</param>
/// <param name="AnsweredAt">When answered, expired or withdrawn.</param>
/// <param name="DeclineReason">Why the volunteer declined.</param>
public sealed record OfferView(int Id, int VolunteerId, string VolunteerName, int Rank, OfferStatus Status, string StatusName,
    DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AnsweredAt, string? DeclineReason);

/// <summary>A volunteer still waiting in the queue of a dispatch.</summary>
public sealed record QueuedVolunteer(int VolunteerId, string Name);

/// <summary>A dispatch with its target and every offer.</summary>
/// <param name="Id">Dispatch id.</param>
/// <param name="Status">Waiting, Offered, Accepted or Cancelled.</param>
/// <param name="StatusName">In Chinese.</param>
/// <param name="Target">The session or need group.</param>
/// <param name="ParallelOffers">Open offers at once.</param>
/// <param name="AnswerHours">Hours to answer.</param>
/// <param name="OnNoAnswer">What a decline or expiry does.</param>
/// <param name="OnNoAnswerName">In Chinese.</param>
/// <param name="Note">A word from staff to the volunteer.</param>
/// <param name="VolunteerId">The volunteer who accepted.</param>
/// <param name="ProviderName">Their name.</param>
/// <param name="AcceptedAt">When accepted.</param>
/// <param name="NextDeadline">The earliest deadline of an open offer.</param>
/// <param name="CreatedAt">When dispatched.</param>
/// <param name="CreatedByName">Who dispatched.</param>
/// <param name="Offers">Every offer, in rank order.</param>
/// <param name="Queue">Volunteers still to be offered, in order.</param>
public sealed record DispatchView(
    int Id, DispatchStatus Status, string StatusName, DispatchTargetView Target, int ParallelOffers, int AnswerHours,
    NoAnswerPolicy OnNoAnswer, string OnNoAnswerName, string? Note, int? VolunteerId, string? ProviderName, DateTimeOffset? AcceptedAt,
    DateTimeOffset? NextDeadline, DateTimeOffset CreatedAt, string CreatedByName, IReadOnlyList<OfferView> Offers, IReadOnlyList<QueuedVolunteer> Queue);

/// <summary>Projects dispatches to <see cref="DispatchView"/> in a few queries.</summary>
public sealed class DispatchViews(AppDbContext db, DispatchTargets targets, TimeProvider time)
{
    public async Task<IReadOnlyList<DispatchView>> ProjectAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        var dispatches = await db.Dispatches.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var offers = (await db.DispatchOffers.AsNoTracking().Where(o => ids.Contains(o.DispatchId)).ToListAsync(ct))
            .ToLookup(o => o.DispatchId);
        var volunteerIds = offers.SelectMany(g => g.Select(o => o.VolunteerId)).Concat(dispatches.SelectMany(d => d.Queue)).Distinct().ToList();
        var names = await VolunteerNamesAsync(db, volunteerIds, ct);
        var creatorIds = dispatches.Select(d => d.CreatedBy).Distinct().ToList();
        var creators = await db.Users.AsNoTracking().Where(u => creatorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var found = await targets.LoadManyAsync(
            dispatches.Where(d => d.SessionId is not null).Select(d => d.SessionId!.Value).ToList(),
            dispatches.Where(d => d.NeedGroupId is not null).Select(d => d.NeedGroupId!.Value).ToList(), ct);
        var now = time.GetUtcNow();
        var byId = dispatches.ToDictionary(d => d.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var d = byId[id];
            var mine = offers[d.Id].OrderBy(o => o.Rank).ThenBy(o => o.Id)
                .Select(o => new OfferView(o.Id, o.VolunteerId, names.GetValueOrDefault(o.VolunteerId, "志愿者"), o.Rank, o.Status, o.Status.Chinese(),
                    o.OfferedAt, o.ExpiresAt, o.AnsweredAt, o.DeclineReason))
                .ToList();
            var open = mine.Where(o => o.Status == OfferStatus.Open).ToList();
            return new DispatchView(d.Id, d.Status, d.Status.Chinese(), found[(d.SessionId, d.NeedGroupId)].View(now), d.ParallelOffers, d.AnswerHours,
                d.OnNoAnswer, d.OnNoAnswer.Chinese(), d.Note, d.VolunteerId, d.VolunteerId is { } v ? names.GetValueOrDefault(v) : null, d.AcceptedAt,
                open.Count == 0 ? null : open.Min(o => o.ExpiresAt), d.CreatedAt, creators.GetValueOrDefault(d.CreatedBy, ""), mine,
                d.Queue.Select(q => new QueuedVolunteer(q, names.GetValueOrDefault(q, "志愿者"))).ToList());
        }).ToList();
    }

    public static Task<Dictionary<int, string>> VolunteerNamesAsync(AppDbContext db, IReadOnlyCollection<int> volunteerIds, CancellationToken ct) =>
        db.Volunteers.AsNoTracking().Where(v => volunteerIds.Contains(v.Id))
            .Select(v => new { v.Id, Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First() })
            .ToDictionaryAsync(v => v.Id, v => v.Name, ct);
}
