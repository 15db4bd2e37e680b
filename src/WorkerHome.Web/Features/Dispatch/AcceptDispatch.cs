using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>What accepting settled.</summary>
/// <param name="DispatchId">The dispatch.</param>
/// <param name="Target">What the volunteer now delivers.</param>
public sealed record AcceptedDispatch(int DispatchId, DispatchTargetView Target);

/// <summary>
/// 接单, in one transaction: the volunteer's row lock first (so one volunteer's acceptances run one after another
/// and the overlap and load checks see every earlier one), then the one conditional statement that wins the
/// dispatch — only while it is Offered and this volunteer's offer is open and within its deadline. Of two
/// volunteers accepting at once, the second finds the dispatch Accepted and gets <c>dispatch_taken</c>.
/// </summary>
public sealed class AcceptDispatch(AppDbContext db, CurrentUser current, DispatchTargets targets, Notifier notifier,
    IOptions<DispatchOptions> options, TimeProvider time)
{
    public async Task<Outcome<AcceptedDispatch>> HandleAsync(int id, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (await VolunteerOf.VerifiedIdAsync(db, userId, ct) is not { } volunteerId)
        {
            return DispatchProblems.NotAVolunteer;
        }
        var found = await db.DispatchOffers.AsNoTracking().Where(o => o.DispatchId == id && o.VolunteerId == volunteerId)
            .Join(db.Dispatches, o => o.DispatchId, d => d.Id, (o, d) => new { o.Id, d.SessionId, d.NeedGroupId, d.CreatedBy })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return DispatchProblems.OfferNotFound;
        }
        var target = (await targets.LoadAsync(found.SessionId, found.NeedGroupId, ct))!;
        var now = time.GetUtcNow();
        if (target.IsClosed(now))
        {
            return DispatchProblems.SessionClosed;
        }
        if (options.Value.UnguardedForTests)
        {
            return await UnguardedAsync(id, volunteerId, found.Id, target, now, ct);
        }
        var outcome = await db.InTransactionAsync<Done>(async token =>
        {
            await db.Volunteers.Where(v => v.Id == volunteerId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Acceptances, v => v.Acceptances + 1), token);
            if (await ClashAsync(volunteerId, target, now, token) is { } clash)
            {
                return clash;
            }
            var won = await db.Dispatches
                .Where(d => d.Id == id && d.Status == DispatchStatus.Offered && db.DispatchOffers.Any(o =>
                    o.Id == found.Id && o.Status == OfferStatus.Open && o.ExpiresAt > now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, DispatchStatus.Accepted)
                    .SetProperty(d => d.VolunteerId, volunteerId)
                    .SetProperty(d => d.AcceptedAt, now)
                    .SetProperty(d => d.Version, d => d.Version + 1), token);
            // The offer is re-checked by its own conditional statement: a deadline pass may have closed it while
            // this transaction waited for the dispatch row.
            var marked = won == 0 ? 0 : await db.DispatchOffers.Where(o => o.Id == found.Id && o.Status == OfferStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Accepted).SetProperty(o => o.AnsweredAt, now), token);
            if (marked == 0)
            {
                return await WhyLostAsync(found.Id, now, token);
            }
            // The session's state is checked again by the statement that sets its provider: staff may have cancelled
            // it since the check before the transaction.
            if (found.SessionId is { } sessionId && await db.Sessions
                    .Where(s => s.Id == sessionId && s.VolunteerId == null && s.Status == SessionStatus.Scheduled && s.EndsAt > now)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, volunteerId), token) == 0)
            {
                return await db.Sessions.AnyAsync(s => s.Id == sessionId && s.VolunteerId != null, token)
                    ? DispatchProblems.Taken
                    : DispatchProblems.SessionClosed;
            }
            await CloseOthersAsync(id, volunteerId, found.CreatedBy, target, now, token);
            return Done.Value;
        }, ct);
        return outcome.Succeeded ? new AcceptedDispatch(id, target.View(now)) : outcome.Problem;
    }

    /// <summary>A clash with a session the volunteer already delivers, or a full month.</summary>
    private async Task<AppProblem?> ClashAsync(int volunteerId, TargetFacts target, DateTimeOffset now, CancellationToken ct)
    {
        if (target is { StartsAt: { } startsAt, EndsAt: { } endsAt, SessionId: { } sessionId }
            && await db.Sessions.AnyAsync(s => s.VolunteerId == volunteerId && s.Id != sessionId && s.Status == SessionStatus.Scheduled
                && s.StartsAt < endsAt && s.EndsAt > startsAt, ct))
        {
            return DispatchProblems.Overlap;
        }
        var (from, to) = CandidateRanking.MonthOf(target.StartsAt ?? now);
        var max = await db.Volunteers.Where(v => v.Id == volunteerId).Select(v => v.MaxSessionsPerMonth).SingleAsync(ct);
        var taken = await db.Sessions.CountAsync(s => s.VolunteerId == volunteerId && s.Status == SessionStatus.Scheduled
            && s.StartsAt >= from && s.StartsAt < to, ct);
        return taken >= max ? DispatchProblems.LoadFull : null;
    }

    private async Task<AppProblem> WhyLostAsync(int offerId, DateTimeOffset now, CancellationToken ct)
    {
        var offer = await db.DispatchOffers.AsNoTracking().Where(o => o.Id == offerId).Select(o => new { o.Status, o.ExpiresAt }).SingleAsync(ct);
        return offer.Status switch
        {
            OfferStatus.Expired => DispatchProblems.OfferExpired,
            OfferStatus.Open when offer.ExpiresAt <= now => DispatchProblems.OfferExpired,
            OfferStatus.Declined => DispatchProblems.OfferClosed,
            _ => DispatchProblems.Taken,
        };
    }

    /// <summary>Withdraws the other open offers and tells those volunteers and the staff member who dispatched.</summary>
    private async Task CloseOthersAsync(int id, int volunteerId, Guid createdBy, TargetFacts target, DateTimeOffset now, CancellationToken ct)
    {
        var others = await db.DispatchOffers.Where(o => o.DispatchId == id && o.Status == OfferStatus.Open)
            .Select(o => o.VolunteerId).ToListAsync(ct);
        await db.DispatchOffers.Where(o => o.DispatchId == id && o.Status == OfferStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Withdrawn).SetProperty(o => o.AnsweredAt, now), ct);
        var title = DispatchFlow.TitleOf(target);
        var users = await db.Volunteers.Where(v => others.Contains(v.Id)).Select(v => v.UserId).ToListAsync(ct);
        notifier.Notify(users, "派单已由其他志愿者承接", $"{title}：已由其他志愿者承接，感谢您的支持。", DispatchFlow.VolunteerLink);
        var name = await db.Volunteers.Where(v => v.Id == volunteerId)
            .Select(v => db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First()).SingleAsync(ct);
        notifier.Notify([createdBy], "志愿者已接单", $"{title}：{name} 已接单。", DispatchFlow.ConsoleLink);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The control for the concurrency tests: the naive read-then-write the guarded path replaces. Refused outside
    /// the Testing environment (see <see cref="DispatchApi.AddDispatchFeature"/>).
    /// </summary>
    private async Task<Outcome<AcceptedDispatch>> UnguardedAsync(int id, int volunteerId, int offerId, TargetFacts target, DateTimeOffset now, CancellationToken ct)
    {
        var status = await db.Dispatches.Where(d => d.Id == id).Select(d => d.Status).SingleAsync(ct);
        if (status != DispatchStatus.Offered)
        {
            return DispatchProblems.Taken;
        }
        await Task.Delay(20, ct);
        await db.Dispatches.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DispatchStatus.Accepted).SetProperty(d => d.VolunteerId, volunteerId).SetProperty(d => d.AcceptedAt, now), ct);
        await db.DispatchOffers.Where(o => o.Id == offerId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Accepted).SetProperty(o => o.AnsweredAt, now), ct);
        if (target.SessionId is { } sessionId)
        {
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, volunteerId), ct);
        }
        return new AcceptedDispatch(id, target.View(now));
    }
}
