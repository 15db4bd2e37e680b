using Microsoft.Extensions.Logging;
using WorkerHome.Features.Notifications;

namespace WorkerHome.Tests.Notifications;

public sealed class LoggingSenderTests
{
    private static readonly OutboxMessage Message = new() { Id = 7, Channel = NotificationChannel.Sms, Title = "报名成功", Body = "请按时参加" };

    [Fact]
    public async Task An_sms_is_logged_with_the_number_masked_and_reported_sent()
    {
        var logger = new CapturingLogger();
        var result = await new LoggingSender(NotificationChannel.Sms, logger).SendAsync(Message, "13812345678", CancellationToken.None);
        Assert.True(result.Succeeded);
        var line = Assert.Single(logger.Lines);
        Assert.Contains("138****5678", line, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", line, StringComparison.Ordinal);
        Assert.Contains("报名成功", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wechat_openid_is_logged_by_its_first_characters_only()
    {
        var logger = new CapturingLogger();
        await new LoggingSender(NotificationChannel.WeChat, logger).SendAsync(Message, "oAbCdEfGhIjKlMn", CancellationToken.None);
        var line = Assert.Single(logger.Lines);
        Assert.Contains("oAbC****", line, StringComparison.Ordinal);
        Assert.DoesNotContain("oAbCdEfGhIjKlMn", line, StringComparison.Ordinal);
    }

    private sealed class CapturingLogger : ILogger<LoggingSender>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
