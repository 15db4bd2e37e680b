namespace WorkerHome.Features.Notifications;

/// <summary>
/// Delivers outbox messages on one channel (an SMS gateway, WeChat template messages). Register a real one after
/// <c>AddNotificationsFeature()</c>: for each channel the last registration wins, replacing the logging sender.
/// </summary>
public interface INotificationSender
{
    NotificationChannel Channel { get; }

    /// <summary>Sends one message to a recipient: a mobile number for SMS, an openid for WeChat.</summary>
    Task<SendResult> SendAsync(OutboxMessage message, string recipient, CancellationToken ct);
}

/// <summary>What a send came to; a failure carries a reason in Chinese for the staff who look at the outbox.</summary>
public sealed record SendResult(bool Succeeded, string? Error)
{
    public static readonly SendResult Ok = new(true, null);

    public static SendResult Failed(string error) => new(false, error);
}
