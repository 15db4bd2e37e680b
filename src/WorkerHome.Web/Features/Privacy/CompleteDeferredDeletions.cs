using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Features.Privacy;

/// <summary>When the deletion pass runs.</summary>
public sealed class DeletionPassOptions
{
    public const string Section = "Privacy:DeletionPass";

    /// <summary>Whether this node runs the pass; every node may. In the Testing environment tests run it themselves.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most people one pass looks at.</summary>
    public int BatchSize { get; set; } = 100;
}

/// <summary>What one pass did.</summary>
/// <param name="Completed">People whose waiting requests were completed.</param>
/// <param name="StillWaiting">People whose case is still open, or who took on something live since.</param>
public sealed record DeletionPassReport(int Completed, int StillWaiting);

/// <summary>
/// Completes waiting deletion requests (暂缓删除) once the rights case is closed and the aid application decided or paid,
/// so the person need not ask again. A person who has since taken on something live (an order, a booking) keeps waiting
/// until it ends. Every node may run it: each person is handled under its advisory lock, and the waiting rows are
/// re-read inside it, so only one node erases.
/// </summary>
public sealed class CompleteDeferredDeletions(IServiceScopeFactory scopes, TimeProvider time, IOptions<DeletionPassOptions> options,
    IHostEnvironment environment, ILogger<CompleteDeferredDeletions> logger) : PeriodicPass(time, logger)
{
    private readonly DeletionPassOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled && !environment.IsEnvironment("Testing");

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => CompleteDueAsync(ct);

    /// <summary>One pass over up to a batch of people with waiting requests.</summary>
    public async Task<DeletionPassReport> CompleteDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var erasure = scope.ServiceProvider.GetRequiredService<AccountErasure>();
        var people = await db.DeletionRequests.AsNoTracking().Where(r => r.Status == DeletionStatus.Deferred)
            .GroupBy(r => r.UserId).Select(g => new { UserId = g.Key, First = g.Min(r => r.Id) })
            .OrderBy(p => p.First).Take(_options.BatchSize).Select(p => p.UserId).ToListAsync(ct);
        var (completed, waiting) = (0, 0);
        foreach (var userId in people)
        {
            var now = Time.GetUtcNow();
            var done = await db.InTransactionAsync<bool>(async token =>
            {
                await PersonLocks.LockAsync(db, PersonLock.Deletion, userId, token);
                if (!await db.DeletionRequests.AnyAsync(r => r.UserId == userId && r.Status == DeletionStatus.Deferred, token)
                    || (await erasure.WaitingForAsync(userId, token)).Count > 0
                    || (await erasure.LiveCommitmentsAsync(userId, now, token)).Count > 0)
                {
                    return false;
                }
                await erasure.EraseAsync(userId, now, token);
                return true;
            }, ct);
            db.ChangeTracker.Clear();
            if (done.Value)
            {
                completed++;
            }
            else
            {
                waiting++;
            }
        }
        return new DeletionPassReport(completed, waiting);
    }
}
