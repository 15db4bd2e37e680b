using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Features.Membership;

/// <summary>
/// Member numbers GH{union}-{year}-{serial}: from the approving union's yearly sequence, advanced by one conditional
/// statement inside the approval's transaction, which holds the row until commit, so concurrent approvals never
/// share a number. The unique indexes on the number stand behind it.
/// </summary>
public static class MemberNumbers
{
    public static string Format(int unionId, int year, int serial) =>
        string.Create(CultureInfo.InvariantCulture, $"GH{unionId}-{year}-{serial:D6}");

    /// <summary>144 random bits, URL-safe: not guessable, and short enough for a QR code.</summary>
    public static string NewCode() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    /// <summary>The year's sequence row, created once; a concurrent creator's row is as good as ours.</summary>
    public static async Task EnsureSequenceAsync(AppDbContext db, int unionId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.MemberSequences.AnyAsync(s => s.UnionId == unionId && s.Year == year, ct))
        {
            return;
        }
        db.MemberSequences.Add(new MemberSequence { UnionId = unionId, Year = year });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Created by a concurrent approval; nothing to do.
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>The next serial, inside the caller's transaction.</summary>
    public static async Task<int> NextAsync(AppDbContext db, int unionId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.MemberSequences.Where(s => s.UnionId == unionId && s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), ct);
        return await db.MemberSequences.Where(s => s.UnionId == unionId && s.Year == year).Select(s => s.Last).SingleAsync(ct);
    }

    /// <summary>The control for the concurrency test: read, wait, write back, outside any transaction.</summary>
    public static async Task<int> NextUnguardedAsync(AppDbContext db, int unionId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.MemberSequences.Where(s => s.UnionId == unionId && s.Year == year).Select(s => s.Last).SingleAsync(ct);
        await Task.Delay(5, ct);
        await db.MemberSequences.Where(s => s.UnionId == unionId && s.Year == year).ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, last + 1), ct);
        return last + 1;
    }
}
