namespace WorkerHome.Features.ChildCare;

/// <summary>A mother's use of a place in a nursing room; it ends when she leaves or at <see cref="EndsAt"/>.</summary>
public sealed class NursingRoomUse
{
    public int Id { get; set; }
    public int RoomId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>When the place was given back (she left, or the use ran out); null while it holds a place.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }
}
