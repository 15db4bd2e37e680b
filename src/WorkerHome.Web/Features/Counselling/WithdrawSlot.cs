using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
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
        return await db.InTransactionAsync<Done>(async token =>
        {
            var slot = await db.CounsellingSlots.AsNoTracking().Where(s => s.Id == id && s.CounsellorId == counsellor.Id)
                .Select(s => new { s.Status, s.StartsAt }).FirstOrDefaultAsync(token);
            if (slot is null)
            {
                return CounsellingProblems.SlotNotFound;
            }
            // After the slot's lock, a booking made at the same moment has either committed (and is seen here) or
            // waits and then finds the slot withdrawn.
            if (slot.StartsAt <= now || !await SlotLock.LockOpenAsync(db, id, token))
            {
                return CounsellingProblems.SlotClosed;
            }
            if (await db.CounsellingBookings.AnyAsync(b => b.SlotId == id && b.Status != CounsellingBookingStatus.Cancelled, token))
            {
                return CounsellingProblems.SlotBooked;
            }
            await db.CounsellingSlots.Where(s => s.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CounsellingSlotStatus.Withdrawn), token);
            return Done.Value;
        }, ct);
    }
}
