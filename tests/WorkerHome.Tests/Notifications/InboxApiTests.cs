using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Notifications;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Notifications;

public abstract class InboxApiTests(TestApp app)
{
    private async Task<(TestWorker Worker, HttpClient Client)> WorkerAsync()
    {
        var worker = Assert.Single(await app.CreateAsync(1, "inbox"));
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", worker.Token);
        return (worker, client);
    }

    private Task<long> MessageAsync(Guid userId, string title, TimeSpan age, bool read = false) => app.DbAsync(async db =>
    {
        var message = new Notification
        {
            UserId = userId,
            Title = title,
            Body = title + "的内容",
            Link = "/menu",
            CreatedAt = TestApp.Now - age,
            ReadAt = read ? TestApp.Now : null,
        };
        db.Notifications.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    });

    private Task<DateTimeOffset?> ReadAtAsync(long id) =>
        app.DbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync());

    [Fact]
    public async Task The_inbox_lists_unread_messages_first_then_newest_first()
    {
        var (worker, client) = await WorkerAsync();
        using var _ = client;
        await MessageAsync(worker.Id, "已读新消息", TimeSpan.FromMinutes(1), read: true);
        await MessageAsync(worker.Id, "未读旧消息", TimeSpan.FromDays(2));
        await MessageAsync(worker.Id, "未读新消息", TimeSpan.FromHours(1));
        await MessageAsync(worker.Id, "已读旧消息", TimeSpan.FromDays(3), read: true);

        var page = await (await client.GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
        Assert.Equal(["未读新消息", "未读旧消息", "已读新消息", "已读旧消息"], page.Items.Select(n => n.Title).ToList());
        Assert.Equal((4, 2), (page.Total, page.Unread));
        Assert.Equal("/menu", page.Items[0].Link);

        var second = await (await client.GetAsync("/api/me/notifications?page=2&pageSize=3")).ReadAsync<NotificationPage>();
        Assert.Equal("已读旧消息", Assert.Single(second.Items).Title);
        Assert.Equal(2, (await (await client.GetAsync("/api/me/notifications/unread-count")).ReadAsync<UnreadCount>()).Count);
    }

    [Fact]
    public async Task Marking_a_message_read_once_keeps_the_first_reading_time()
    {
        var (worker, client) = await WorkerAsync();
        using var _ = client;
        var id = await MessageAsync(worker.Id, "活动提醒", TimeSpan.FromHours(1));
        Assert.Equal(1, (await (await client.PostAsync($"/api/me/notifications/{id}/read", null)).ReadAsync<MarkedRead>()).Marked);
        Assert.Equal(TestApp.Now, await ReadAtAsync(id));
        Assert.Equal(0, (await (await client.PostAsync($"/api/me/notifications/{id}/read", null)).ReadAsync<MarkedRead>()).Marked);
        Assert.Equal(0, (await (await client.GetAsync("/api/me/notifications/unread-count")).ReadAsync<UnreadCount>()).Count);
    }

    [Fact]
    public async Task Someone_elses_message_is_404_and_stays_unread()
    {
        var (owner, ownerClient) = await WorkerAsync();
        ownerClient.Dispose();
        var id = await MessageAsync(owner.Id, "别人的消息", TimeSpan.Zero);
        var (_, intruder) = await WorkerAsync();
        using var __ = intruder;
        await (await intruder.PostAsync($"/api/me/notifications/{id}/read", null)).ProblemAsync(HttpStatusCode.NotFound, "notification_not_found");
        await (await intruder.PostAsync("/api/me/notifications/999999999/read", null)).ProblemAsync(HttpStatusCode.NotFound, "notification_not_found");
        Assert.Null(await ReadAtAsync(id));
        var page = await (await intruder.GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Read_all_marks_only_my_unread_messages()
    {
        var (worker, client) = await WorkerAsync();
        using var _ = client;
        var (other, otherClient) = await WorkerAsync();
        otherClient.Dispose();
        await MessageAsync(worker.Id, "一", TimeSpan.FromHours(1));
        await MessageAsync(worker.Id, "二", TimeSpan.FromHours(2));
        await MessageAsync(worker.Id, "三", TimeSpan.FromHours(3), read: true);
        var theirs = await MessageAsync(other.Id, "别人的", TimeSpan.FromHours(1));

        Assert.Equal(2, (await (await client.PostAsync("/api/me/notifications/read-all", null)).ReadAsync<MarkedRead>()).Marked);
        Assert.Equal(0, (await (await client.GetAsync("/api/me/notifications/unread-count")).ReadAsync<UnreadCount>()).Count);
        Assert.Null(await ReadAtAsync(theirs));
    }

    [Fact]
    public async Task Bad_paging_is_400_with_the_field_names()
    {
        var (_, client) = await WorkerAsync();
        using var _ = client;
        var problem = await (await client.GetAsync("/api/me/notifications?page=0&pageSize=500")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("page", problem.Errors().Keys);
        Assert.Contains("pageSize", problem.Errors().Keys);
    }

    [Fact]
    public async Task Anonymous_callers_have_no_inbox()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/me/notifications")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await anonymous.GetAsync("/api/me/notifications/unread-count")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await anonymous.PostAsync("/api/me/notifications/read-all", null)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Notify_writes_an_inbox_message_and_an_outbox_message_per_channel_in_the_callers_unit_of_work()
    {
        var (worker, client) = await WorkerAsync();
        using var _ = client;
        await app.AsUserAsync<Notifier, bool>(null, notifier =>
        {
            notifier.Notify([worker.Id, worker.Id], "候补成功", "您已从候补转为正式报名。", "/me/orders");
            return Task.FromResult(true);
        });
        Assert.Equal(0, await app.DbAsync(db => db.Notifications.CountAsync(n => n.UserId == worker.Id)));

        await app.DbAsync(async db =>
        {
            var notifier = new Notifier(db, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(
                new NotificationOptions { Channels = [NotificationChannel.Sms, NotificationChannel.WeChat] }));
            notifier.Notify([worker.Id, worker.Id], "候补成功", "您已从候补转为正式报名。", "/me/orders");
            await db.SaveChangesAsync();
        });
        var page = await (await client.GetAsync("/api/me/notifications")).ReadAsync<NotificationPage>();
        Assert.Equal("/me/orders", Assert.Single(page.Items).Link);
        var outbox = await app.DbAsync(db => db.OutboxMessages.Where(m => m.UserId == worker.Id).Select(m => new { m.Channel, m.Status }).ToListAsync());
        Assert.Equal([NotificationChannel.Sms, NotificationChannel.WeChat], outbox.Select(m => m.Channel).Order().ToList());
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Pending, m.Status));
    }

    public sealed class OnSqlite(SqliteApp app) : InboxApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : InboxApiTests(app);
}
