using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Notifications;

/// <summary>Unread messages of the signed-in person.</summary>
/// <param name="Count">How many.</param>
public sealed record UnreadCount(int Count);

/// <summary>How many messages the signed-in person has not read (0 when nobody is signed in): the badge on 我的.</summary>
public sealed class CountUnread(AppDbContext db, CurrentUser user)
{
    public async Task<UnreadCount> HandleAsync(CancellationToken ct) =>
        new(user.UserId is { } me ? await db.Notifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct) : 0);
}
