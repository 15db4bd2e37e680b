using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>The outcome of a "me too".</summary>
/// <param name="NeedId">The need.</param>
/// <param name="MeTooCount">How many people have said "me too" now.</param>
/// <param name="Added">True when this request added the caller's "me too"; false when it was already there.</param>
public sealed record MeTooResult(int NeedId, int MeTooCount, bool Added);

/// <summary>
/// A worker says "me too" (我也需要) to someone else's public need, once. The row and the counter change in one
/// transaction: the insert is guarded by the (need, user) key, the counter by one conditional statement, so
/// simultaneous clicks can neither double-count nor lose a count; a repeat is answered with the current count.
/// </summary>
public sealed class AddMeToo(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<MeTooResult>> HandleAsync(int needId, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var need = await db.Needs.AsNoTracking().Where(n => n.Id == needId)
            .Select(n => new { n.UserId, n.Moderation }).FirstOrDefaultAsync(ct);
        if (need is null || (need.Moderation != ModerationStatus.Approved && need.UserId != userId))
        {
            return NeedsProblems.NotFound;
        }
        if (need.UserId == userId)
        {
            return NeedsProblems.MeTooOwnNeed;
        }
        if (await db.NeedMeToos.AnyAsync(m => m.NeedId == needId && m.UserId == userId, ct))
        {
            return await CurrentAsync(needId, ct);
        }
        try
        {
            return await db.InTransactionAsync<MeTooResult>(async token =>
            {
                db.NeedMeToos.Add(new NeedMeToo { NeedId = needId, UserId = userId, CreatedAt = time.GetUtcNow() });
                await db.SaveChangesAsync(token);
                // Conditional: a need hidden by a moderator in the meantime takes no more "me too"s.
                var counted = await db.Needs.Where(n => n.Id == needId && n.Moderation == ModerationStatus.Approved)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.MeTooCount, n => n.MeTooCount + 1), token);
                if (counted == 0)
                {
                    return NeedsProblems.NotFound;
                }
                var count = await db.Needs.Where(n => n.Id == needId).Select(n => n.MeTooCount).FirstAsync(token);
                return new MeTooResult(needId, count, Added: true);
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same worker's other request got there first: that one counted, this one reports.
            db.ChangeTracker.Clear();
            return await CurrentAsync(needId, ct);
        }
    }

    private async Task<MeTooResult> CurrentAsync(int needId, CancellationToken ct) =>
        new(needId, await db.Needs.Where(n => n.Id == needId).Select(n => n.MeTooCount).FirstAsync(ct), Added: false);
}
