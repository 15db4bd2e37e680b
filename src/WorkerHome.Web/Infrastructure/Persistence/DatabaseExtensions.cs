using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Infrastructure.Persistence;

public static class DatabaseExtensions
{
    // SQLite runs one write transaction at a time (BEGIN IMMEDIATE), and Microsoft.Data.Sqlite waits for that lock by
    // blocking a thread. Under a rush that starves the thread pool, so writers queue here first, asynchronously.
    // The gate is local on purpose: an SQLite database belongs to one process. PostgreSQL needs none.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    public static bool IsPostgres(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
    }

    /// <summary>
    /// Runs a use case in one transaction: committed when it succeeds, rolled back when it returns a problem,
    /// so nothing is ever half saved. Inside a transaction already open (startup's seeding, a larger use case) the work
    /// joins it, and the owner of that transaction commits or rolls back.
    /// </summary>
    public static async Task<Outcome<T>> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(ct);
        }
        if (db.IsPostgres())
        {
            return await RunAsync(db, work, ct);
        }
        var gate = SqliteWriters.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await RunAsync(db, work, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<Outcome<T>> RunAsync<T>(DbContext db, Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outcome = await work(ct);
        if (outcome.Succeeded)
        {
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }
        return outcome;
    }
}
