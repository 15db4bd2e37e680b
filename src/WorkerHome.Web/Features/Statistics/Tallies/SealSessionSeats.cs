using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>What one sealing pass did.</summary>
/// <param name="Sessions">Ended sessions sealed (cancelled ones included: they hold no seats).</param>
/// <param name="Seats">Confirmed seats added to the cells.</param>
public sealed record SealReport(int Sessions, int Seats);

/// <summary>
/// Adds the confirmed seats of ended sessions to their statistics cells (<see cref="CellTally.Orders"/>) and marks the
/// sessions sealed (<see cref="Session.SeatsSealedAt"/>), so that the dashboard sums a province's past seats from its
/// cells instead of from every session. A session's seats are final once it has started (ordering, cancelling,
/// changing seats and cancelling the session all refuse a started session), and it is sealed only after it ended.
/// Each batch is one transaction that marks the sessions and raises their cells together, so the dashboard counts a
/// session's seats in exactly one of the two places and a failed pass leaves its batch for the next. On PostgreSQL a
/// batch first takes an advisory lock, so passes on several nodes seal one after the other and never a session twice;
/// SQLite's writers run one at a time anyway. Cancelled sessions are sealed too, adding nothing, so that the index of
/// unsealed sessions holds only the sessions to come and the few just ended.
/// </summary>
public sealed class SealSessionSeats(IServiceScopeFactory scopes, TimeProvider time, IOptions<SeatSealOptions> options, IHostEnvironment environment,
    ILogger<SealSessionSeats> logger) : PeriodicPass(time, logger)
{
    /// <summary>The advisory lock of a sealing batch (one lock space for the whole pass).</summary>
    private const long BatchLock = 7601;

    private readonly SeatSealOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled && !environment.IsEnvironment("Testing");

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => SealDueAsync(ct);

    /// <summary>One pass: seals batch after batch of ended, unsealed sessions until none is left.</summary>
    public async Task<SealReport> SealDueAsync(CancellationToken ct)
    {
        var total = new SealReport(0, 0);
        while (true)
        {
            var batch = await SealBatchAsync(ct);
            total = new SealReport(total.Sessions + batch.Sessions, total.Seats + batch.Seats);
            if (batch.Sessions < _options.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<SealReport> SealBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = Time.GetUtcNow();
        var outcome = await db.InTransactionAsync<SealReport>(async token =>
        {
            if (db.IsPostgres())
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({BatchLock})", token);
            }
            var ids = await db.Sessions.Where(s => s.SeatsSealedAt == null && s.EndsAt <= now)
                .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Take(_options.BatchSize).Select(s => s.Id).ToListAsync(token);
            if (ids.Count == 0)
            {
                return new SealReport(0, 0);
            }
            // Marking first locks the rows, so a seat change still in flight has committed before the seats are read.
            var marked = await db.Sessions.Where(s => ids.Contains(s.Id) && s.SeatsSealedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsSealedAt, now), token);
            if (marked != ids.Count)
            {
                throw new InvalidOperationException("Sessions were sealed outside the sealing lock.");
            }
            var held = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Status == SessionStatus.Scheduled && s.Confirmed > 0)
                .Select(s => new { s.UnionId, s.SiteId, s.StartsAt, s.Confirmed }).ToListAsync(token);
            var cells = held.GroupBy(s => (s.UnionId, Month: MonthKeys.Of(s.StartsAt), SiteKey: s.SiteId ?? 0), s => s.Confirmed)
                .Select(g => (g.Key, Seats: g.Sum())).OrderBy(c => c.Key).ToList();
            foreach (var ((unionId, month, siteKey), seats) in cells)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "StatCellTallies" ("UnionId", "Month", "SiteKey", "Orders", "CheckIns", "Attended", "Feedbacks", "Ratings", "Stars", "Satisfied", "Low")
                    VALUES ({unionId}, {month}, {siteKey}, {seats}, 0, 0, 0, 0, 0, 0, 0)
                    ON CONFLICT ("UnionId", "Month", "SiteKey") DO UPDATE SET "Orders" = "StatCellTallies"."Orders" + excluded."Orders"
                    """, token);
            }
            return new SealReport(ids.Count, cells.Sum(c => c.Seats));
        }, ct);
        return outcome.Value;
    }
}
