using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkerHome.Infrastructure.Persistence;

/// <summary>
/// Recognises constraint violations, so a lost race becomes a clear 409 rather than a 500, and a database that cannot
/// be reached (restarting, refusing connections, out of connections, busy), so the request gets a 503 to retry.
/// </summary>
public static class DbErrors
{
    /// <summary>A unique index refused the write: from SaveChanges (wrapped) or from a statement run directly.</summary>
    public static bool IsUniqueViolation(this Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception is DbUpdateException ? exception.InnerException : exception) switch
        {
            PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
            _ => false,
        };
    }

    /// <summary>True when the exception, or one it wraps, says the database is unreachable for now, not that the request was wrong.</summary>
    public static bool IsDatabaseOutage(this Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08 connection exception, 53300 too many connections, 57P01-57P03 shutdown or starting up.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "53300" or "57P01" or "57P02" or "57P03";
                case NpgsqlException npgsql:
                    // No server answer at all: refused, reset, timed out. Npgsql marks these transient.
                    return npgsql.IsTransient;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is 5 or 6; // SQLITE_BUSY, SQLITE_LOCKED after the busy timeout
            }
        }
        return false;
    }
}
