using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>Open slots a worker can book, soonest first; at one site, or from a date on.</summary>
public sealed class ListSlots(AppDbContext db, TimeProvider time)
{
    public const int Limit = 100;

    public async Task<Outcome<IReadOnlyList<CounsellingSlotItem>>> HandleAsync(int? siteId, DateOnly? from, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var after = from is { } date && ChinaTime.FromLocal(date, TimeOnly.MinValue) > now ? ChinaTime.FromLocal(date, TimeOnly.MinValue) : now;
        var slots = db.CounsellingSlots.AsNoTracking()
            .Where(s => s.Status == CounsellingSlotStatus.Open && s.StartsAt > after
                && !db.CounsellingBookings.Any(b => b.SlotId == s.Id && b.Status != CounsellingBookingStatus.Cancelled)
                && CounsellorOf.Qualified(db).Any(v => v.Id == s.CounsellorId));
        if (siteId is { } site)
        {
            slots = slots.Where(s => s.SiteId == site);
        }
        var rows = await CounsellingViews.Rows(db, slots.OrderBy(s => s.StartsAt).Take(Limit)).ToListAsync(ct);
        return rows.Select(r => CounsellingViews.Item(r, now)).ToList();
    }
}
