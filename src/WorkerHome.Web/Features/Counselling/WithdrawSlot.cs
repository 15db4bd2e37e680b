using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>A counsellor withdraws one of its own slots that nobody booked and that has not begun.</summary>
public sealed class WithdrawSlot(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (await CounsellorOf.FindAsync(db, userId, ct) is not { } counsellor)
        {
            return CounsellingProblems.NotACounsellor;
        }
        var now = time.GetUtcNow();
        // One statement: a booking that arrives at the same moment either holds the slot already or finds it withdrawn.
        var withdrawn = await db.CounsellingSlots
            .Where(s => s.Id == id && s.CounsellorId == counsellor.Id && s.Status == CounsellingSlotStatus.Open && s.StartsAt > now
                && !db.CounsellingBookings.Any(b => b.SlotId == s.Id && b.Status != CounsellingBookingStatus.Cancelled))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CounsellingSlotStatus.Withdrawn), ct);
        if (withdrawn == 1)
        {
            return Done.Value;
        }
        var slot = await db.CounsellingSlots.AsNoTracking().Where(s => s.Id == id && s.CounsellorId == counsellor.Id)
            .Select(s => new { s.Status, s.StartsAt }).FirstOrDefaultAsync(ct);
        if (slot is null)
        {
            return CounsellingProblems.SlotNotFound;
        }
        return slot.Status == CounsellingSlotStatus.Open && slot.StartsAt > now ? CounsellingProblems.SlotBooked : CounsellingProblems.SlotClosed;
    }
}
