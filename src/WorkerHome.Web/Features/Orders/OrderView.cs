using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Orders;

/// <summary>An order as its worker (or staff) sees it.</summary>
/// <param name="Id">Order id.</param>
/// <param name="SessionId">The session ordered.</param>
/// <param name="MenuItemId">Its item.</param>
/// <param name="Status">Confirmed, Waitlisted or Cancelled.</param>
/// <param name="StatusName">Status in Chinese.</param>
/// <param name="WaitlistPosition">Place on the waiting list (1 = next), for waiting orders.</param>
/// <param name="CreatedAt">When it was placed (UTC).</param>
/// <param name="PlacedByStaff">Whether staff ordered on the worker's behalf (代点单).</param>
public sealed record OrderView(int Id, int SessionId, int MenuItemId, OrderStatus Status, string StatusName, int? WaitlistPosition,
    DateTimeOffset CreatedAt, bool PlacedByStaff)
{
    public static OrderView From(Order order, int? position)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderView(order.Id, order.SessionId, order.MenuItemId, order.Status, order.Status.Chinese(),
            order.Status == OrderStatus.Waitlisted ? position : null, order.CreatedAt, order.PlacedBy is not null && order.PlacedBy != order.UserId);
    }
}
