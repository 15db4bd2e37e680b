using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Background;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Notifications;

/// <summary>What one pass of the dispatcher did.</summary>
/// <param name="Sent">Messages delivered.</param>
/// <param name="Retrying">Messages that failed and will be tried again later.</param>
/// <param name="Failed">Messages given up on (no recipient, or out of attempts).</param>
/// <param name="Skipped">Due messages another node claimed first.</param>
public sealed record DispatchReport(int Sent, int Retrying, int Failed, int Skipped);

/// <summary>
/// Sends the outbox. Every node may run it at once: a message is claimed by one conditional update before it is
/// sent — the attempt counter moves on by one and <c>NextAttemptAt</c> moves a lease ahead, on condition that the
/// counter still holds the value this node read — so of two nodes that read the same due message only one claims
/// it (the counter is the claim token, the lease its expiry). No transaction stays open while a gateway answers.
/// A node that dies mid-send leaves its claim to expire; the message is then due again and another node retries it.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : PeriodicPass(time, logger)
{
    /// <summary>The Identity external-login provider under which a user's WeChat openid is kept (AspNetUserLogins).</summary>
    public const string WeChatLoginProvider = "WeChat";

    private readonly OutboxOptions _options = options.Value;

    protected override bool Enabled => _options.Enabled;

    protected override TimeSpan Interval => _options.Interval;

    protected override Task RunPassAsync(CancellationToken ct) => DispatchOnceAsync(ct);

    /// <summary>One pass: claims and sends up to a batch of due messages, one at a time.</summary>
    public async Task<DispatchReport> DispatchOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var protector = services.GetRequiredService<PersonalDataProtector>();
        var senders = services.GetServices<INotificationSender>().GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Last());

        var now = Time.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(_options.BatchSize)
            .Select(m => new { m.Id, m.Attempts })
            .ToListAsync(ct);
        var (sent, retrying, failed, skipped) = (0, 0, 0, 0);
        foreach (var candidate in due)
        {
            var attempt = candidate.Attempts + 1;
            var leaseEnd = Time.GetUtcNow() + _options.ClaimLease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == candidate.Id && m.Status == OutboxStatus.Pending && m.Attempts == candidate.Attempts)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempt).SetProperty(m => m.NextAttemptAt, leaseEnd), ct);
            if (claimed == 0)
            {
                skipped++;
                continue;
            }
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == candidate.Id, ct);
            var (result, final) = await SendAsync(db, protector, senders, message, ct);
            var finished = Time.GetUtcNow();
            var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.Attempts == attempt);
            int marked;
            if (result.Succeeded)
            {
                marked = await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, finished)
                    .SetProperty(m => m.LastError, (string?)null), ct);
                sent++;
            }
            else if (final || attempt >= _options.MaxAttempts)
            {
                marked = await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Failed)
                    .SetProperty(m => m.LastError, Truncate(result.Error)), ct);
                failed++;
            }
            else
            {
                var next = finished + _options.DelayAfter(attempt);
                marked = await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, Truncate(result.Error)), ct);
                retrying++;
            }
            if (marked == 0)
            {
                LogLeaseLost(Logger, message.Id, attempt);
            }
        }
        return new DispatchReport(sent, retrying, failed, skipped);
    }

    /// <summary>The result, and whether a failure is final (trying again cannot help).</summary>
    private async Task<(SendResult Result, bool Final)> SendAsync(AppDbContext db, PersonalDataProtector protector,
        Dictionary<NotificationChannel, INotificationSender> senders, OutboxMessage message, CancellationToken ct)
    {
        if (!senders.TryGetValue(message.Channel, out var sender))
        {
            return (SendResult.Failed($"未配置{message.Channel.Chinese()}发送服务"), true);
        }
        using var timeout = new CancellationTokenSource(_options.SendTimeout, Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            if (message.Channel == NotificationChannel.Sms)
            {
                var user = await db.Users.AsNoTracking().Where(u => u.Id == message.UserId).Select(u => new { u.PhoneCipher }).FirstOrDefaultAsync(ct);
                if (user is null)
                {
                    return (SendResult.Failed("用户不存在"), true);
                }
                if (user.PhoneCipher is null)
                {
                    return (SendResult.Failed("无手机号"), true);
                }
                // The number exists in clear only for the length of the call.
                return (await sender.SendAsync(message, protector.Decrypt(user.PhoneCipher), linked.Token), false);
            }
            var openId = await db.UserLogins.AsNoTracking()
                .Where(l => l.UserId == message.UserId && l.LoginProvider == WeChatLoginProvider)
                .Select(l => l.ProviderKey).FirstOrDefaultAsync(ct);
            if (openId is null)
            {
                return (SendResult.Failed("未绑定微信"), true);
            }
            return (await sender.SendAsync(message, openId, linked.Token), false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return (SendResult.Failed("发送超时"), false);
        }
#pragma warning disable CA1031 // A sender's failure is one message's failure: recorded and retried, never the end of the pass.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogSendFailed(Logger, e, message.Id, message.Channel);
            return (SendResult.Failed($"发送异常（{e.GetType().Name}）"), false);
        }
    }

    private static string? Truncate(string? error) => error is { Length: > 500 } ? error[..500] : error;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox message {Id} on {Channel} threw")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long id, NotificationChannel channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id}: the claim of attempt {Attempt} expired before the send finished; another node has it")]
    private static partial void LogLeaseLost(ILogger logger, long id, int attempt);
}
