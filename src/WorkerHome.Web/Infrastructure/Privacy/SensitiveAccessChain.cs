using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Infrastructure.Privacy;

/// <summary>The result of walking the chain from the first entry.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="Intact">Whether every entry's hash matches its content and its predecessor.</param>
/// <param name="FirstBrokenId">The first entry that does not, if any.</param>
public sealed record ChainCheck(int Entries, bool Intact, long? FirstBrokenId);

/// <summary>Appends to and verifies the hash chain of <see cref="SensitiveAccess"/> entries.</summary>
public static class SensitiveAccessChain
{
    /// <summary>The advisory lock that lines appends up on PostgreSQL (SQLite writes one at a time anyway).</summary>
    private const long AppendLock = 7401;

    /// <summary>
    /// Links the entry to the latest one and saves it in its own transaction; retried when another node appended first.
    /// </summary>
    public static async Task AppendAsync(AppDbContext db, SensitiveAccess entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entry);
        // Milliseconds survive both databases unchanged, so the hash of a stored entry can be recomputed.
        entry.At = new DateTimeOffset(entry.At.UtcTicks - entry.At.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.InTransactionAsync<bool>(async token =>
                {
                    if (db.IsPostgres())
                    {
                        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({AppendLock})", token);
                    }
                    entry.PreviousHash = await db.SensitiveAccessLog.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(token) ?? "";
                    entry.Hash = HashOf(entry);
                    db.SensitiveAccessLog.Add(entry);
                    await db.SaveChangesAsync(token);
                    return true;
                }, ct);
                return;
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt < 5)
            {
                db.Entry(entry).State = EntityState.Detached;
                entry.Id = 0;
            }
        }
    }

    /// <summary>Walks the whole chain in id order, a page at a time.</summary>
    public static async Task<ChainCheck> VerifyAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var walk = new ChainWalk();
        long after = 0;
        while (true)
        {
            var page = await db.SensitiveAccessLog.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(1000).ToListAsync(ct);
            if (page.Count == 0 || !walk.Accept(page))
            {
                return walk.Result;
            }
            after = page[^1].Id;
        }
    }

    /// <summary>Checks entries in id order, page by page; stops at the first that does not follow from the one before.</summary>
    public sealed class ChainWalk
    {
        private string _previous = "";
        private int _count;
        private long? _broken;

        public ChainCheck Result => new(_count, _broken is null, _broken);

        /// <summary>False once a broken entry is found.</summary>
        public bool Accept(IEnumerable<SensitiveAccess> entries)
        {
            ArgumentNullException.ThrowIfNull(entries);
            foreach (var entry in entries)
            {
                if (entry.PreviousHash != _previous || entry.Hash != HashOf(entry))
                {
                    _broken = entry.Id;
                    return false;
                }
                _previous = entry.Hash;
                _count++;
            }
            return _broken is null;
        }
    }

    /// <summary>SHA-256 over the entry's content and its predecessor's hash, as a JSON array (unambiguous).</summary>
    public static string HashOf(SensitiveAccess e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var content = JsonSerializer.Serialize(new object?[]
        {
            e.PreviousHash, e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), e.UserId?.ToString("N"), e.UserName,
            e.EntityType, e.EntityId, e.Field, e.Label, e.UnionId, e.Reason, e.IpAddress,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
