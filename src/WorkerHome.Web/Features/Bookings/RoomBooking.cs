using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Bookings;

/// <summary>One booking of one or more consecutive slots of a room on one date.</summary>
public sealed class RoomBooking : IAudited
{
    public int Id { get; set; }
    public int RoomId { get; set; }
    public int SiteId { get; set; }
    public int UnionId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Set when staff booked (a recurring series) on the worker's or group's behalf.</summary>
    public Guid? BookedBy { get; set; }

    public int? SeriesId { get; set; }

    /// <summary>The Beijing date of the booking.</summary>
    public DateOnly Date { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>StartsAt + the room's grace when booked: a confirmed booking not checked in by then is released.</summary>
    public DateTimeOffset ReleaseAfter { get; set; }

    public string Purpose { get; set; } = "";
    public int People { get; set; }
    public string ContactName { get; set; } = "";
    public BookingStatus Status { get; set; }
    public string? RejectReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }

    /// <summary>Set when staff checked the booker in at the desk rather than the booker scanning the room's code.</summary>
    public Guid? CheckedInBy { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public static readonly BookingStatus[] Holding = [BookingStatus.Pending, BookingStatus.Confirmed];

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"{Purpose}（{Date:yyyy-MM-dd}）";
}
