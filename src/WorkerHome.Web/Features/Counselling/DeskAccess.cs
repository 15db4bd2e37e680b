using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>A booking opened by the counsellor who owns its slot.</summary>
public sealed record OwnedBooking(CounsellingBooking Booking, CounsellingSlot Slot, Counsellor Counsellor);

/// <summary>
/// The one door to a booking's private side (the person, the note, the session notes): only the counsellor who
/// owns the slot passes; anyone else, staff and administrators included, is refused with notes_private and the
/// refusal is logged.
/// </summary>
public sealed class DeskAccess(AppDbContext db, CurrentUser user, AccessAudit audit)
{
    public async Task<Outcome<OwnedBooking>> OpenAsync(int bookingId, string entityType, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var found = await db.CounsellingBookings.Where(b => b.Id == bookingId)
            .Join(db.CounsellingSlots, b => b.SlotId, s => s.Id, (b, s) => new { Booking = b, Slot = s })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return CounsellingProblems.BookingNotFound;
        }
        var counsellor = await CounsellorOf.FindAsync(db, userId, ct);
        if (counsellor is null || counsellor.Id != found.Slot.CounsellorId)
        {
            await audit.DeniedAsync(entityType, bookingId.ToString(CultureInfo.InvariantCulture), found.Booking.Alias, found.Slot.UnionId,
                CounsellingProblems.NotesPrivate.Code, ct);
            return CounsellingProblems.NotesPrivate;
        }
        return new OwnedBooking(found.Booking, found.Slot, counsellor);
    }

    /// <summary>Accounts for a reading; the label is the alias, never the person or the note.</summary>
    public Task ViewedAsync(OwnedBooking owned, string entityType, int entityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owned);
        return audit.ViewedAsync(entityType, entityId.ToString(CultureInfo.InvariantCulture), owned.Booking.Alias, owned.Slot.UnionId, ct);
    }
}
