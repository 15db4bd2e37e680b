namespace WorkerHome.Features.Bookings;

/// <summary>
/// One taken slot of a room. The primary key (RoomId, StartsAt) is the double-booking guard: the rows are inserted
/// with their booking in one transaction and deleted when it stops holding them, so a second booking of the same
/// slot fails in the database, on every node.
/// </summary>
public sealed class RoomBookingSlot
{
    public int RoomId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int BookingId { get; set; }
}
