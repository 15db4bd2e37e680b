namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// A worker served in a union's subtree in a month (Beijing time): checked in at a session held there or at a room
/// booking there. One row per union on the path from the root to the record's union, so "unique workers of a node in
/// a month" is an index count.
/// </summary>
public sealed class VisitorMonth
{
    public int UnionId { get; set; }

    /// <summary>yyyyMM, e.g. 202611 (<see cref="MonthKeys"/>).</summary>
    public int Month { get; set; }

    public Guid UserId { get; set; }
}
