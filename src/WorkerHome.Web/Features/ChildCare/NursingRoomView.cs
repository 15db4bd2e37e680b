using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>A nursing room now: open or not, free places, and the caller's own use if any.</summary>
public sealed record NursingRoomView(int Id, int SiteId, string SiteName, string Name, string? Location, int Places, int Free, bool OpenNow,
    string HoursText, IReadOnlyList<string> Amenities, string? Notes, bool Active, DateTimeOffset? MyUseEndsAt, int? TodayUses);

/// <summary>Builds <see cref="NursingRoomView"/>s: places in use are counted from uses not yet ended, so a use that ran out frees itself.</summary>
public sealed class NursingRoomViews(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<NursingRoomView>> BuildAsync(IQueryable<NursingRoom> rooms, Guid? userId, bool withTodayUses, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var local = time.LocalNow().DateTime;
        var dayStart = ChinaTime.FromLocal(DateOnly.FromDateTime(local), TimeOnly.MinValue);
        var rows = await rooms.AsNoTracking().OrderBy(r => r.SiteId).ThenBy(r => r.Id)
            .Select(r => new
            {
                Room = r,
                Site = db.Sites.First(s => s.Id == r.SiteId),
                Busy = db.NursingRoomUses.Count(u => u.RoomId == r.Id && u.ReleasedAt == null && u.EndsAt > now),
                Mine = userId == null ? null : db.NursingRoomUses.Where(u => u.RoomId == r.Id && u.UserId == userId && u.ReleasedAt == null && u.EndsAt > now)
                    .Select(u => (DateTimeOffset?)u.EndsAt).FirstOrDefault(),
                Today = withTodayUses ? db.NursingRoomUses.Count(u => u.RoomId == r.Id && u.StartedAt >= dayStart) : (int?)null,
            })
            .ToListAsync(ct);
        return rows.Select(r => new NursingRoomView(r.Room.Id, r.Room.SiteId, r.Site.Name, r.Room.Name, r.Room.Location, r.Room.Places,
            Math.Max(0, r.Room.Places - r.Busy), r.Room.Active && IsOpen(r.Room, r.Site, local), HoursText(r.Room),
            EnumText.Values<NursingAmenity>().Where(a => a != NursingAmenity.None && r.Room.Amenities.HasFlag(a)).Select(a => a.Chinese()).ToList(),
            r.Room.Notes, r.Room.Active, r.Mine, r.Today)).ToList();
    }

    public static bool IsOpen(NursingRoom room, Site site, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(site);
        if (room.OpensAt is { } opens && room.ClosesAt is { } closes)
        {
            var minute = local.Hour * 60 + local.Minute;
            return site.Status == SiteStatus.Operating && minute >= opens && minute < closes;
        }
        return site.IsOpenAt(local);
    }

    private static string HoursText(NursingRoom room) => room.OpensAt is { } opens && room.ClosesAt is { } closes
        ? $"每天 {ChinaTime.FormatMinutes(opens)}-{ChinaTime.FormatMinutes(closes)}"
        : "随阵地开放";
}
