using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Notifications;

/// <summary>A message in the inbox.</summary>
/// <param name="Id">Message id.</param>
/// <param name="Title">Title.</param>
/// <param name="Body">Text.</param>
/// <param name="Link">The page of the app it is about, if any (e.g. /menu/items/12).</param>
/// <param name="CreatedAt">When it arrived.</param>
/// <param name="ReadAt">When it was read; null while unread.</param>
public sealed record NotificationItem(long Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

/// <summary>A page of the inbox and how many messages are unread in all.</summary>
/// <param name="Items">The messages on this page: unread first, then newest first.</param>
/// <param name="Total">All messages.</param>
/// <param name="Unread">Unread messages.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Total, int Unread, int Page, int PageSize);

/// <summary>The signed-in person's inbox (我的消息).</summary>
public sealed class ListMyNotifications(AppDbContext db, CurrentUser user)
{
    public async Task<Outcome<NotificationPage>> HandleAsync(int page, int pageSize, CancellationToken ct)
    {
        if (user.UserId is not { } me)
        {
            return CommonProblems.Unauthenticated;
        }
        if (Paging.Check(page, pageSize) is { } problem)
        {
            return problem;
        }
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
        var total = await mine.CountAsync(ct);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var items = await mine
            .OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new NotificationPage(items, total, unread, page, pageSize);
    }
}
