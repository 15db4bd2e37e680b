using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Counselling;

/// <summary>A time a qualified counsellor offers for one talk (到站面谈 at a site, or by phone or video).</summary>
public sealed class CounsellingSlot : IAudited
{
    public const int MinMinutes = 30;
    public const int MaxMinutes = 90;

    public int Id { get; set; }

    /// <summary>The counsellor: a verified volunteer with the counsellor qualification.</summary>
    public int CounsellorId { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public CounsellingMode Mode { get; set; }

    /// <summary>Where an in-person talk takes place; null for phone and video.</summary>
    public int? SiteId { get; set; }

    /// <summary>The site's union for in-person talks, else the counsellor's: whose staff see the slot's bookings.</summary>
    public int UnionId { get; set; }

    public CounsellingSlotStatus Status { get; set; } = CounsellingSlotStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"心理咨询时段 {Id}";
}
