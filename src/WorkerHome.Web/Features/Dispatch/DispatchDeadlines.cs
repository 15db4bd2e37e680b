using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Dispatch;

/// <summary>What one deadline pass did.</summary>
/// <param name="Expired">Offers this node closed as expired and passed on.</param>
/// <param name="Skipped">Due offers another node (or an answer) closed first.</param>
public sealed record DeadlineReport(int Expired, int Skipped);

/// <summary>
/// Closes offers whose answer deadline has passed. Every node may run it at once: each due offer is claimed by
/// one conditional update (Open → Expired), and only the node whose update hit the row passes the dispatch on
/// (the same rules as a decline), so an offer is passed on once, with one new offer and one message.
/// </summary>
public sealed partial class DispatchDeadlines(IServiceScopeFactory scopes, TimeProvider time, IOptions<DispatchDeadlineOptions> options,
    IHostEnvironment environment, ILogger<DispatchDeadlines> logger) : PeriodicPass(time, logger)
{
    private static readonly DispatchStatus[] Offered = [DispatchStatus.Offered];
    private readonly DispatchDeadlineOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled ?? !environment.IsEnvironment("Testing");

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => ExpireDueAsync(ct);

    /// <summary>One pass: each due offer in its own transaction (the dispatch row first, then the claim).</summary>
    public async Task<DeadlineReport> ExpireDueAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        List<(int Id, int DispatchId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            due = (await db.DispatchOffers.AsNoTracking().Where(o => o.Status == OfferStatus.Open && o.ExpiresAt <= now)
                .OrderBy(o => o.ExpiresAt).ThenBy(o => o.Id).Take(_options.BatchSize)
                .Select(o => new { o.Id, o.DispatchId }).ToListAsync(ct)).Select(o => (o.Id, o.DispatchId)).ToList();
        }
        var (expired, skipped) = (0, 0);
        foreach (var offer in due)
        {
            if (await ExpireAsync(offer.Id, offer.DispatchId, now, ct))
            {
                expired++;
            }
            else
            {
                skipped++;
            }
        }
        return new DeadlineReport(expired, skipped);
    }

    private async Task<bool> ExpireAsync(int offerId, int dispatchId, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        // Built on this pass's clock, so new offers and messages are dated by it (tests run passes on their own clocks).
        var notifier = ActivatorUtilities.CreateInstance<Notifier>(services, Time);
        var flow = ActivatorUtilities.CreateInstance<DispatchFlow>(services, Time, notifier);
        var targets = services.GetRequiredService<DispatchTargets>();
        var outcome = await db.InTransactionAsync<bool>(async token =>
        {
            // The dispatch row first, as every other writer takes it, so that no two transactions wait on each other.
            var dispatch = await flow.LockAsync(dispatchId, Offered, token);
            var claimed = await db.DispatchOffers.Where(o => o.Id == offerId && o.Status == OfferStatus.Open && o.ExpiresAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Expired).SetProperty(o => o.AnsweredAt, now), token);
            if (claimed == 0)
            {
                return false;
            }
            var offer = await db.DispatchOffers.AsNoTracking().Where(o => o.Id == offerId)
                .Select(o => new { UserId = db.Volunteers.Where(v => v.Id == o.VolunteerId).Select(v => v.UserId).First() }).SingleAsync(token);
            var dispatched = await db.Dispatches.AsNoTracking().Where(d => d.Id == dispatchId).Select(d => new { d.SessionId, d.NeedGroupId }).SingleAsync(token);
            var target = (await targets.LoadAsync(dispatched.SessionId, dispatched.NeedGroupId, token))!;
            var title = DispatchFlow.TitleOf(target);
            notifier.Notify([offer.UserId], "派单已超时", $"{title}：答复期限已过，这张单已转给其他志愿者或退回工会。", DispatchFlow.VolunteerLink);
            if (dispatch is null)
            {
                await db.SaveChangesAsync(token);
            }
            else
            {
                await flow.PassOnAsync(dispatch, title, token);
            }
            return true;
        }, ct);
        return outcome.Succeeded && outcome.Value;
    }
}
