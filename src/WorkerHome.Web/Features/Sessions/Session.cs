using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Sessions;

/// <summary>
/// One delivery of a menu item (小班开讲): a time, a site or an online link, and a number of seats.
/// <see cref="Confirmed"/> counts the seats taken; a database check keeps it between 0 and <see cref="Capacity"/>,
/// and it only ever changes by one conditional statement inside the ordering transaction.
/// </summary>
public sealed class Session : IAudited
{
    public int Id { get; set; }
    public int MenuItemId { get; set; }
    public int UnionId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public int? SiteId { get; set; }

    /// <summary>Room or meeting point at the site (e.g. 二楼职工讲堂).</summary>
    public string? Place { get; set; }

    public string? OnlineUrl { get; set; }
    public int Capacity { get; set; }

    [NotAudited]
    public int Confirmed { get; set; }

    /// <summary>The last waiting-list ticket issued; tickets order the waiting list.</summary>
    [NotAudited]
    public int WaitlistTickets { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Scheduled;

    /// <summary>Sessions generated together by the weekly series share this key.</summary>
    public string? SeriesKey { get; set; }

    /// <summary>The volunteer who accepted the session's dispatch (主讲/服务志愿者); shown to workers.</summary>
    public int? VolunteerId { get; set; }

    /// <summary>When attendees were asked to rate the session (once, by whichever node claims it first).</summary>
    [NotAudited]
    public DateTimeOffset? FeedbackInvitedAt { get; set; }

    /// <summary>
    /// When the session's confirmed seats, final once it has started, were added to its statistics cell (by
    /// <see cref="Statistics.Tallies.SealSessionSeats"/>, once, after it ended). Until then the dashboard sums them from
    /// the session itself.
    /// </summary>
    [NotAudited]
    public DateTimeOffset? SeatsSealedAt { get; set; }

    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"场次 {Id}";

    public bool IsOnline => OnlineUrl is not null && SiteId is null;

    public bool IsOpenForOrders(DateTimeOffset now) => Status == SessionStatus.Scheduled && StartsAt > now;
}
