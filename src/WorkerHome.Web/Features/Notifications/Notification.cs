namespace WorkerHome.Features.Notifications;

/// <summary>A message in a person's in-app inbox (我的消息).</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>A page of the app the message is about (e.g. /menu/items/12).</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
