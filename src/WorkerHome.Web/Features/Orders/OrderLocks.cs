using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Features.Orders;

/// <summary>
/// The session's lock, taken inside an ordering transaction so that seat checks made after it hold until commit, on
/// every app node. PostgreSQL: a row lock on the session. SQLite: nothing more is needed, because its write
/// transactions start with BEGIN IMMEDIATE and so already run one at a time. (A worker's own limits take
/// <see cref="PersonLocks"/>.)
/// </summary>
public static class OrderLocks
{
    /// <summary>Serialises everything that moves seats of one session (ordering, cancelling, promoting).</summary>
    public static async Task LockSessionAsync(AppDbContext db, int sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM \"Sessions\" WHERE \"Id\" = {sessionId} FOR UPDATE", ct);
        }
    }
}
