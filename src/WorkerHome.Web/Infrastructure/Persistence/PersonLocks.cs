using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Infrastructure.Persistence;

/// <summary>What a person's lock serialises; each kind is its own lock space, so they never wait on each other.</summary>
public enum PersonLock
{
    /// <summary>A worker's orders (the live and waiting-list limits).</summary>
    Orders = 7001,

    /// <summary>A worker's room bookings (the weekly limit per room).</summary>
    RoomBookings = 7101,

    /// <summary>A worker's counselling bookings (the upcoming limit).</summary>
    CounsellingBookings = 7201,

    /// <summary>A counsellor's published slots (no two overlap).</summary>
    CounsellingSlots = 7202,

    /// <summary>A reader's loans and reservations (the loan limit, one copy of a title).</summary>
    Loans = 7301,

    /// <summary>Completing a waiting deletion request (the pass may run on every node).</summary>
    Deletion = 7402,

    /// <summary>A worker's rows among the unique visitors of the statistics (adding and recounting them).</summary>
    Visits = 7501,
}

/// <summary>
/// Locks taken inside a transaction so that a per-person rule counted after them (a limit, "no overlap") holds until
/// commit on every app node. PostgreSQL: an advisory transaction lock per person and kind. SQLite: nothing more is
/// needed, because its write transactions start with BEGIN IMMEDIATE and so already run one at a time.
/// </summary>
public static class PersonLocks
{
    public static async Task LockAsync(AppDbContext db, PersonLock kind, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres())
        {
            var space = (int)kind;
            var key = Key(userId);
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({space}, hashtext({key}))", ct);
        }
    }

    /// <summary>The same lock as a command of an Npgsql batch, for a caller that sends it with the statement it guards.</summary>
    public static Npgsql.NpgsqlBatchCommand BatchCommand(PersonLock kind, Guid userId) =>
        new("SELECT pg_advisory_xact_lock($1, hashtext($2))") { Parameters = { new() { Value = (int)kind }, new() { Value = Key(userId) } } };

    private static string Key(Guid userId) => userId.ToString("N");
}
