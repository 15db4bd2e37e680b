using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Notifications;

/// <summary>
/// Dispatchers built here against the app's database, with a recording sender and their own clock. Their messages
/// are dated in 2000, long before anything else in the shared database is due, and the assertions look only at the
/// messages each test wrote. The app's own dispatcher runs on the fixed test clock, which nobody advances.
/// </summary>
public abstract class OutboxDispatcherTests(TestApp app)
{
    private static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static OutboxOptions Options(int maxAttempts = 5, int batchSize = 10) => new()
    {
        BatchSize = batchSize,
        MaxAttempts = maxAttempts,
        RetryDelay = TimeSpan.FromMinutes(1),
        MaxRetryDelay = TimeSpan.FromMinutes(30),
    };

    private OutboxDispatcher Dispatcher(FakeTimeProvider clock, INotificationSender sender, OutboxOptions options) =>
        new(new SenderScopes(app.Factory.Services.GetRequiredService<IServiceScopeFactory>(), sender), clock,
            Microsoft.Extensions.Options.Options.Create(options), NullLogger<OutboxDispatcher>.Instance);

    private async Task<Guid> WorkerAsync(string? phone)
    {
        var worker = Assert.Single(await app.CreateAsync(1, "outbox"));
        if (phone is not null)
        {
            await app.DbAsync(async db =>
            {
                var cipher = app.Factory.Services.GetRequiredService<PersonalDataProtector>().Encrypt(phone);
                await db.Users.Where(u => u.Id == worker.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneCipher, cipher));
            });
        }
        return worker.Id;
    }

    private Task<List<long>> MessagesAsync(Guid userId, int count, NotificationChannel channel = NotificationChannel.Sms) => app.DbAsync(async db =>
    {
        var messages = Enumerable.Range(1, count).Select(i => new OutboxMessage
        {
            UserId = userId,
            Channel = channel,
            Title = "活动提醒",
            Body = $"第{i}条",
            CreatedAt = Epoch,
            NextAttemptAt = Epoch,
        }).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).ToList();
    });

    private Task<List<OutboxMessage>> LoadAsync(IReadOnlyCollection<long> ids) =>
        app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task A_due_sms_goes_to_the_decrypted_number_and_is_marked_sent()
    {
        var user = await WorkerAsync("13812345678");
        var ids = await MessagesAsync(user, 1);
        var sender = new RecordingSender(NotificationChannel.Sms);
        var clock = new FakeTimeProvider(Epoch.AddSeconds(1));
        await Dispatcher(clock, sender, Options()).DispatchOnceAsync(CancellationToken.None);

        Assert.Equal("13812345678", sender.Recipients[ids[0]]);
        var sent = Assert.Single(await LoadAsync(ids));
        Assert.Equal((OutboxStatus.Sent, 1, clock.GetUtcNow()), (sent.Status, sent.Attempts, sent.SentAt!.Value));
    }

    [Fact]
    public async Task A_message_not_yet_due_waits()
    {
        var user = await WorkerAsync("13812345678");
        var ids = await MessagesAsync(user, 1);
        var sender = new RecordingSender(NotificationChannel.Sms);
        await Dispatcher(new FakeTimeProvider(Epoch.AddSeconds(-1)), sender, Options()).DispatchOnceAsync(CancellationToken.None);
        Assert.False(sender.Recipients.ContainsKey(ids[0]));
        Assert.Equal(OutboxStatus.Pending, Assert.Single(await LoadAsync(ids)).Status);
    }

    [Fact]
    public async Task Someone_without_a_phone_number_fails_at_once_with_the_reason()
    {
        var user = await WorkerAsync(phone: null);
        var ids = await MessagesAsync(user, 1);
        var sender = new RecordingSender(NotificationChannel.Sms);
        await Dispatcher(new FakeTimeProvider(Epoch.AddSeconds(1)), sender, Options()).DispatchOnceAsync(CancellationToken.None);
        var failed = Assert.Single(await LoadAsync(ids));
        Assert.Equal((OutboxStatus.Failed, 1, "无手机号"), (failed.Status, failed.Attempts, failed.LastError));
        Assert.False(sender.Recipients.ContainsKey(ids[0]));
    }

    [Fact]
    public async Task A_failing_send_is_retried_with_growing_delays_and_then_marked_failed()
    {
        var user = await WorkerAsync("13812345678");
        var ids = await MessagesAsync(user, 1);
        var sender = new RecordingSender(NotificationChannel.Sms, fail: "网关繁忙");
        var clock = new FakeTimeProvider(Epoch.AddSeconds(1));
        var dispatcher = Dispatcher(clock, sender, Options(maxAttempts: 3));

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var first = Assert.Single(await LoadAsync(ids));
        Assert.Equal((OutboxStatus.Pending, 1, "网关繁忙", clock.GetUtcNow() + TimeSpan.FromMinutes(1)),
            (first.Status, first.Attempts, first.LastError, first.NextAttemptAt));

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(1, Assert.Single(await LoadAsync(ids)).Attempts);

        clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var second = Assert.Single(await LoadAsync(ids));
        Assert.Equal((2, clock.GetUtcNow() + TimeSpan.FromMinutes(2)), (second.Attempts, second.NextAttemptAt));

        clock.Advance(TimeSpan.FromMinutes(2));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var last = Assert.Single(await LoadAsync(ids));
        Assert.Equal((OutboxStatus.Failed, 3, "网关繁忙"), (last.Status, last.Attempts, last.LastError));
        Assert.Equal(3, sender.Calls(ids[0]));
    }

    [Fact]
    public async Task Wechat_messages_go_to_the_openid_and_fail_when_none_is_bound()
    {
        var bound = await WorkerAsync(phone: null);
        var openId = "o" + Guid.NewGuid().ToString("N");
        await app.DbAsync(async db =>
        {
            db.UserLogins.Add(new() { UserId = bound, LoginProvider = OutboxDispatcher.WeChatLoginProvider, ProviderKey = openId, ProviderDisplayName = "微信" });
            await db.SaveChangesAsync();
        });
        var unbound = await WorkerAsync(phone: null);
        var ids = (await MessagesAsync(bound, 1, NotificationChannel.WeChat)).Concat(await MessagesAsync(unbound, 1, NotificationChannel.WeChat)).ToList();
        var sender = new RecordingSender(NotificationChannel.WeChat);
        await Dispatcher(new FakeTimeProvider(Epoch.AddSeconds(1)), sender, Options()).DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(openId, sender.Recipients[ids[0]]);
        var messages = await LoadAsync(ids);
        Assert.Equal(OutboxStatus.Sent, messages[0].Status);
        Assert.Equal((OutboxStatus.Failed, "未绑定微信"), (messages[1].Status, messages[1].LastError));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_never_send_a_message_twice()
    {
        var user = await WorkerAsync("13812345678");
        var ids = await MessagesAsync(user, 60);
        var sender = new RecordingSender(NotificationChannel.Sms, delay: TimeSpan.FromMilliseconds(2));
        var clock = new FakeTimeProvider(Epoch.AddSeconds(1));
        var nodes = new[] { Dispatcher(clock, sender, Options(batchSize: 25)), Dispatcher(clock, sender, Options(batchSize: 25)) };
        var skipped = 0;

        async Task Drain(OutboxDispatcher node)
        {
            while (true)
            {
                var report = await node.DispatchOnceAsync(CancellationToken.None);
                Interlocked.Add(ref skipped, report.Skipped);
                if (report.Sent + report.Retrying + report.Failed + report.Skipped == 0)
                {
                    return;
                }
            }
        }
        await Task.WhenAll(nodes.Select(node => Task.Run(() => Drain(node))));

        Assert.All(ids, id => Assert.Equal(1, sender.Calls(id)));
        Assert.All(await LoadAsync(ids), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        Assert.True(skipped > 0, "the two nodes should have competed for at least one message");
    }

    [Fact]
    public void The_logging_sender_is_the_default_for_both_channels()
    {
        app.SkipIfUnavailable();
        using var scope = app.Factory.Services.CreateScope();
        var senders = scope.ServiceProvider.GetServices<INotificationSender>().ToList();
        Assert.Equal([NotificationChannel.Sms, NotificationChannel.WeChat], senders.Select(s => s.Channel).Order().ToList());
        Assert.All(senders, s => Assert.IsType<LoggingSender>(s));
    }

    /// <summary>Sends nothing; remembers who each message went to and how often it was tried.</summary>
    private sealed class RecordingSender(NotificationChannel channel, string? fail = null, TimeSpan? delay = null) : INotificationSender
    {
        private readonly ConcurrentDictionary<long, int> _calls = new();

        public NotificationChannel Channel => channel;

        public ConcurrentDictionary<long, string> Recipients { get; } = new();

        public int Calls(long id) => _calls.GetValueOrDefault(id);

        public async Task<SendResult> SendAsync(OutboxMessage message, string recipient, CancellationToken ct)
        {
            _calls.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            Recipients[message.Id] = recipient;
            if (delay is { } wait)
            {
                await Task.Delay(wait, ct);
            }
            return fail is null ? SendResult.Ok : SendResult.Failed(fail);
        }
    }

    /// <summary>The app's scopes, with one sender in place of the registered ones.</summary>
    private sealed class SenderScopes(IServiceScopeFactory inner, INotificationSender sender) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(inner.CreateScope(), sender);

        private sealed class Scope(IServiceScope inner, INotificationSender sender) : IServiceScope, IServiceProvider, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => this;

            public object? GetService(Type serviceType) => serviceType == typeof(IEnumerable<INotificationSender>)
                ? new[] { sender }
                : inner.ServiceProvider.GetService(serviceType);

            public void Dispose() => inner.Dispose();

            public ValueTask DisposeAsync() => new AsyncServiceScope(inner).DisposeAsync();
        }
    }

    public sealed class OnSqlite(SqliteApp app) : OutboxDispatcherTests(app);

    public sealed class OnPostgres(PostgresApp app) : OutboxDispatcherTests(app);
}
