using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Notifications;

/// <summary>
/// A message to send outside the app (SMS, WeChat template message), written in the same transaction as the
/// event that causes it and sent afterwards by the dispatcher, so an event is never announced without happening
/// nor happens without being announced.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public NotificationChannel Channel { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}

public enum NotificationChannel
{
    [Display(Name = "短信")]
    Sms = 1,

    [Display(Name = "微信模板消息")]
    WeChat = 2,
}

public enum OutboxStatus
{
    [Display(Name = "待发送")]
    Pending = 1,

    [Display(Name = "已发送")]
    Sent = 2,

    [Display(Name = "发送失败")]
    Failed = 3,
}
