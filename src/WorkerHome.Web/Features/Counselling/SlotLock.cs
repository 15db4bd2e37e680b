using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Counselling;

/// <summary>
/// The row lock that serialises booking and withdrawing one slot: a no-op conditional update on the open slot, held to
/// the end of the transaction (PostgreSQL locks the row; SQLite's writer already runs alone). Whoever comes second
/// waits, then sees what the first committed.
/// </summary>
internal static class SlotLock
{
    /// <summary>Locks the slot; false when it is no longer open.</summary>
    public static async Task<bool> LockOpenAsync(AppDbContext db, int slotId, CancellationToken ct) =>
        await db.CounsellingSlots.Where(s => s.Id == slotId && s.Status == CounsellingSlotStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, x => x.Status), ct) == 1;
}
