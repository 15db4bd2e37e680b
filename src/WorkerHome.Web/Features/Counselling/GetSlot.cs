using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>One open slot, for the booking form.</summary>
public sealed class GetSlot(AppDbContext db, TimeProvider time)
{
    public async Task<Outcome<CounsellingSlotItem>> HandleAsync(int id, CancellationToken ct)
    {
        var row = await CounsellingViews.Rows(db, db.CounsellingSlots.AsNoTracking().Where(s => s.Id == id && s.Status == CounsellingSlotStatus.Open))
            .FirstOrDefaultAsync(ct);
        return row is null ? CounsellingProblems.SlotNotFound : CounsellingViews.Item(row, time.GetUtcNow());
    }
}
