using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A slot as workers and its counsellor see it.</summary>
/// <param name="Id">The slot.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="When">Start in Beijing time, e.g. "明天 19:00".</param>
/// <param name="Minutes">Length in minutes.</param>
/// <param name="Mode">到站面谈, 电话 or 视频.</param>
/// <param name="ModeName">The mode in Chinese.</param>
/// <param name="SiteId">The site of an in-person talk.</param>
/// <param name="SiteName">Its name.</param>
/// <param name="CounsellorName">The counsellor's name.</param>
/// <param name="Booked">Whether a live booking holds the slot.</param>
/// <param name="Status">Open or withdrawn.</param>
public sealed record CounsellingSlotItem(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string When, int Minutes,
    CounsellingMode Mode, string ModeName, int? SiteId, string? SiteName, string CounsellorName, bool Booked, CounsellingSlotStatus Status);

internal static class CounsellingViews
{
    internal sealed record SlotRow(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, CounsellingMode Mode, int? SiteId, string? SiteName,
        string CounsellorName, bool Booked, CounsellingSlotStatus Status);

    /// <summary>Slots with what a list needs, composed into the caller's query.</summary>
    public static IQueryable<SlotRow> Rows(AppDbContext db, IQueryable<CounsellingSlot> slots) =>
        slots.Select(s => new SlotRow(s.Id, s.StartsAt, s.EndsAt, s.Mode, s.SiteId,
            db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            db.Volunteers.Where(v => v.Id == s.CounsellorId).SelectMany(v => db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName)).FirstOrDefault() ?? "",
            db.CounsellingBookings.Any(b => b.ActiveSlotId == s.Id), s.Status));

    /// <summary>The rows of the given slots, by id (a second query: a projected row cannot be joined in the database).</summary>
    public static async Task<Dictionary<int, SlotRow>> RowsByIdAsync(AppDbContext db, IReadOnlyCollection<int> slotIds, CancellationToken ct)
    {
        var ids = slotIds.Distinct().ToList();
        return await Rows(db, db.CounsellingSlots.AsNoTracking().Where(s => ids.Contains(s.Id)))
            .ToDictionaryAsync(r => r.Id, ct);
    }

    public static CounsellingSlotItem Item(SlotRow r, DateTimeOffset now) =>
        new(r.Id, r.StartsAt, r.EndsAt, ChinaTime.FormatDateTime(r.StartsAt, now), (int)(r.EndsAt - r.StartsAt).TotalMinutes,
            r.Mode, r.Mode.Chinese(), r.SiteId, r.SiteName, r.CounsellorName, r.Booked, r.Status);
}
