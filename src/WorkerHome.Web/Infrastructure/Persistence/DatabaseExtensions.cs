using Microsoft.EntityFrameworkCore;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Infrastructure.Persistence;

public static class DatabaseExtensions
{
    public static bool IsPostgres(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
    }

    /// <summary>
    /// Runs a use case in one transaction: committed when it succeeds, rolled back when it returns a problem,
    /// so nothing is ever half saved.
    /// </summary>
    public static async Task<Outcome<T>> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
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
