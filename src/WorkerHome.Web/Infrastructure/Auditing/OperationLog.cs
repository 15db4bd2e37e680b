namespace WorkerHome.Infrastructure.Auditing;

/// <summary>
/// One staff write (who changed which record, when, and its state before and after, JSON), or one view of or
/// refused attempt on a record whose every reading must be accounted for (a counselling booking or note, say).
/// </summary>
public sealed class OperationLog
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public OperationKind Kind { get; set; }
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public string Label { get; set; } = "";
    public int? UnionId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? IpAddress { get; set; }
}

public enum OperationKind
{
    Created,
    Updated,
    Deleted,

    /// <summary>Someone read a record whose readings are audited.</summary>
    Viewed,

    /// <summary>Someone tried to read or change a record and was refused.</summary>
    Denied,
}
