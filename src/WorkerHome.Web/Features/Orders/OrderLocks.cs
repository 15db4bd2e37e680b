using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Features.Orders;

/// <summary>
/// Locks taken inside an ordering transaction, so that checks made after them hold until commit, on every app
/// node. PostgreSQL: a row lock on the session, an advisory transaction lock per worker. SQLite: nothing more is
/// needed, because its write transactions start with BEGIN IMMEDIATE and so already run one at a time.
/// </summary>
public static class OrderLocks
{
    private const int WorkerLockSpace = 7001;

    /// <summary>Serialises everything that moves seats of one session (ordering, cancelling, promoting).</summary>
    public static async Task LockSessionAsync(AppDbContext db, int sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Sessions\" WHERE \"Id\" = {sessionId} FOR UPDATE", ct);
        }
    }

    /// <summary>Serialises one worker's own orders, so per-worker limits cannot be exceeded by parallel requests.</summary>
    public static async Task LockWorkerAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres())
        {
            var key = userId.ToString("N");
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({WorkerLockSpace}, hashtext({key}))", ct);
        }
    }
}
