using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Bookings;

/// <summary>A group's weekly booking (a dance group every Tuesday 19:00–20:30); each occurrence is a booking.</summary>
public sealed class BookingSeries : IAudited
{
    public int Id { get; set; }
    public int RoomId { get; set; }
    public int UnionId { get; set; }
    public Guid UserId { get; set; }
    public Guid CreatedBy { get; set; }
    public DateOnly FirstDate { get; set; }
    public int Weeks { get; set; }
    public TimeOnly Start { get; set; }
    public int Slots { get; set; }
    public string Purpose { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Purpose;
}
