using Microsoft.Extensions.Options;
using WorkerHome.Data;

namespace WorkerHome.Features.Notifications;

/// <summary>
/// Tells people something: an inbox message each, and an outbox message per configured channel. It only adds
/// rows to the caller's unit of work, so the message is saved in the same transaction as the event it reports.
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider time, IOptions<NotificationOptions> options)
{
    public void Notify(IEnumerable<Guid> userIds, string title, string body, string? link = null)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var now = time.GetUtcNow();
        foreach (var userId in userIds.Distinct())
        {
            var message = new Notification { UserId = userId, Title = title, Body = body, Link = link, CreatedAt = now };
            db.Notifications.Add(message);
            foreach (var channel in options.Value.Channels.Distinct())
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    UserId = userId,
                    Channel = channel,
                    Title = title,
                    Body = body,
                    Link = link,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
    }
}
