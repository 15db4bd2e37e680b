using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Notifications;

/// <summary>
/// The default sender of every channel until a real one is registered: writes the message to the log, with the
/// recipient masked, and reports success. Installations without an SMS contract still see what would have gone out.
/// </summary>
public sealed partial class LoggingSender(NotificationChannel channel, ILogger<LoggingSender> logger) : INotificationSender
{
    public NotificationChannel Channel => channel;

    public Task<SendResult> SendAsync(OutboxMessage message, string recipient, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(recipient);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var name = channel.Chinese();
            var masked = channel == NotificationChannel.Sms ? Masking.Phone(recipient) : Mask(recipient);
            LogMessage(logger, name, masked, message.Id, message.Title, message.Body);
        }
        return Task.FromResult(SendResult.Ok);
    }

    // An openid identifies a person to WeChat; the first four characters are enough to tell messages apart in a log.
    private static string Mask(string recipient) => recipient.Length <= 4 ? "****" : recipient[..4] + "****";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} to {Recipient} (outbox {Id}): {Title} {Body}")]
    private static partial void LogMessage(ILogger logger, string channel, string recipient, long id, string title, string body);
}
