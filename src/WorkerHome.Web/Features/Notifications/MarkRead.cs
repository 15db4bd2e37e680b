using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Notifications;

/// <summary>How many messages were marked read.</summary>
/// <param name="Marked">The number.</param>
public sealed record MarkedRead(int Marked);

/// <summary>
/// Marks one of the signed-in person's messages read, or all of them. Someone else's message is 404, as if it did
/// not exist. Marking a read message again changes nothing (the first reading time stays).
/// </summary>
public sealed class MarkRead(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<MarkedRead>> HandleAsync(long id, CancellationToken ct)
    {
        if (user.UserId is not { } me)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.Id == id && n.UserId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        if (marked == 0 && !await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == me, ct))
        {
            return NotificationsProblems.NotFound;
        }
        return new MarkedRead(marked);
    }

    public async Task<Outcome<MarkedRead>> AllAsync(CancellationToken ct)
    {
        if (user.UserId is not { } me)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        return new MarkedRead(await db.Notifications.Where(n => n.UserId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct));
    }
}
