using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>One of the worker's own bookings (the confirmation page); the reading is accounted for.</summary>
public sealed class GetMyBooking(ListMyBookings list, AccessAudit audit)
{
    public async Task<Outcome<MyCounsellingBooking>> HandleAsync(int id, CancellationToken ct)
    {
        var found = await list.HandleAsync(id, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        if (found.Value is not [var booking])
        {
            return CounsellingProblems.BookingNotFound;
        }
        await audit.ViewedAsync(nameof(CounsellingBooking), id.ToString(System.Globalization.CultureInfo.InvariantCulture), booking.Alias, null, ct);
        return booking;
    }
}
