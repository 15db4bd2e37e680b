using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Bookings;

/// <summary>A room of a site that workers and groups book by the slot (舞蹈室, 多媒体室 ...), with its booking rules.</summary>
public sealed class BookableRoom : IAudited
{
    public int Id { get; set; }
    public int SiteId { get; set; }

    /// <summary>The site's union when the room was made, so the operation log is scoped like the site.</summary>
    public int UnionId { get; set; }

    public string Name { get; set; } = "";
    public RoomKind Kind { get; set; }
    public int Capacity { get; set; }
    public int? FunctionAreaId { get; set; }
    public string? Description { get; set; }

    /// <summary>30, 60, 90 or 120: the site's opening periods are cut into pieces of this length.</summary>
    public int SlotMinutes { get; set; } = 60;

    /// <summary>A booking starts at least this many hours after it is made.</summary>
    public int MinLeadHours { get; set; } = 2;

    /// <summary>A booking is for a date at most this many days ahead.</summary>
    public int MaxAdvanceDays { get; set; } = 14;

    /// <summary>Live bookings one worker may hold for this room in one ISO week.</summary>
    public int WeeklyLimit { get; set; } = 2;

    public bool RequiresApproval { get; set; }

    /// <summary>Minutes after the start during which the booker may still check in before the slot is released.</summary>
    public int CheckInGraceMinutes { get; set; } = 15;

    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Name;
}
