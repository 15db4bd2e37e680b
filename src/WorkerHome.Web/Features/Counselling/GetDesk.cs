using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>A booking on the counsellor's desk list: alias and time, the crisis flag; no note.</summary>
/// <param name="Id">The booking.</param>
/// <param name="SlotId">Its slot.</param>
/// <param name="Alias">The alias.</param>
/// <param name="When">Start in Beijing time.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="ModeName">The mode in Chinese.</param>
/// <param name="SiteName">The site of an in-person talk.</param>
/// <param name="TopicName">The topic category.</param>
/// <param name="CrisisFlag">The note held a crisis word: listed first.</param>
/// <param name="Status">The booking's status.</param>
/// <param name="StatusName">The status in Chinese.</param>
public sealed record DeskBooking(int Id, int SlotId, string Alias, string When, DateTimeOffset StartsAt, string ModeName, string? SiteName,
    string TopicName, bool CrisisFlag, CounsellingBookingStatus Status, string StatusName);

/// <summary>A site the counsellor may hold in-person talks at.</summary>
/// <param name="Id">The site.</param>
/// <param name="Name">Its name.</param>
public sealed record DeskSite(int Id, string Name);

/// <summary>The counsellor's desk.</summary>
/// <param name="CounsellorName">The counsellor.</param>
/// <param name="Bookings">Live and recent bookings, flagged ones first.</param>
/// <param name="Slots">Its slots from a week ago on.</param>
/// <param name="Sites">Sites it serves (for in-person slots).</param>
public sealed record CounsellingDesk(string CounsellorName, IReadOnlyList<DeskBooking> Bookings, IReadOnlyList<CounsellingSlotItem> Slots, IReadOnlyList<DeskSite> Sites);

/// <summary>What a counsellor works from: its bookings (crisis first), its slots and where it can meet people.</summary>
public sealed class GetDesk(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<Outcome<CounsellingDesk>> HandleAsync(CancellationToken ct)
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
        var since = now.AddDays(-7);
        var mine = db.CounsellingSlots.AsNoTracking().Where(s => s.CounsellorId == counsellor.Id && s.EndsAt > since);
        var slots = await CounsellingViews.Rows(db, mine.Where(s => s.Status == CounsellingSlotStatus.Open).OrderBy(s => s.StartsAt).Take(200)).ToListAsync(ct);
        var booked = await db.CounsellingBookings.AsNoTracking()
            .Where(b => b.Status != CounsellingBookingStatus.Cancelled && mine.Any(s => s.Id == b.SlotId))
            .Select(b => new { b.Id, b.SlotId, b.Alias, b.Topic, b.CrisisFlag, b.Status })
            .OrderByDescending(b => b.Id).Take(500).ToListAsync(ct);
        var rows = await CounsellingViews.RowsByIdAsync(db, booked.Select(b => b.SlotId).ToList(), ct);
        var bookings = booked.Select(b => new { b.Id, b.SlotId, b.Alias, b.Topic, b.CrisisFlag, b.Status, Slot = rows[b.SlotId] }).ToList();
        var today = time.LocalToday();
        var paths = counsellor.UnionPath;
        var sites = await db.Sites.AsNoTracking().Where(Site.PubliclyVisible(today))
            .Where(s => db.Unions.Any(u => u.Id == s.UnionId && u.Path.StartsWith(paths)))
            .OrderBy(s => s.Name).Select(s => new DeskSite(s.Id, s.Name)).Take(200).ToListAsync(ct);
        return new CounsellingDesk(
            counsellor.DisplayName,
            bookings
                .OrderByDescending(b => b.CrisisFlag && b.Status == CounsellingBookingStatus.Booked)
                .ThenBy(b => b.Status != CounsellingBookingStatus.Booked)
                .ThenBy(b => b.Slot.StartsAt)
                .Select(b => new DeskBooking(b.Id, b.SlotId, b.Alias, ChinaTime.FormatDateTime(b.Slot.StartsAt, now), b.Slot.StartsAt, b.Slot.Mode.Chinese(),
                    b.Slot.SiteName, b.Topic.Chinese(), b.CrisisFlag, b.Status, b.Status.Chinese()))
                .ToList(),
            slots.Select(s => CounsellingViews.Item(s, now)).ToList(),
            sites);
    }
}
