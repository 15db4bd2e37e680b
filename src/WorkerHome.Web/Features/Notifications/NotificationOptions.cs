namespace WorkerHome.Features.Notifications;

/// <summary>The <c>Notifications</c> section: which outside channels each message also goes to.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Outside channels besides the in-app inbox. Each needs a sender registered for it.</summary>
    public List<NotificationChannel> Channels { get; set; } = [NotificationChannel.Sms];
}
