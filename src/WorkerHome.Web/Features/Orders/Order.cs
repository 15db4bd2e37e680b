namespace WorkerHome.Features.Orders;

/// <summary>
/// A worker's order (点单) of a seat in a session: confirmed while seats remain, otherwise on the waiting list
/// with a ticket that fixes its place. At most one live order per worker and session (a unique index).
/// </summary>
public sealed class Order
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int MenuItemId { get; set; }
    public Guid UserId { get; set; }
    public OrderStatus Status { get; set; }

    /// <summary>For waiting orders: the session's ticket number; the position is the rank among live tickets.</summary>
    public int? WaitlistTicket { get; set; }

    /// <summary>Staff who ordered on the worker's behalf (代点单), if any.</summary>
    public Guid? PlacedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
}
