using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling;

/// <summary>Filters of the staff list.</summary>
/// <param name="SiteId">One site only.</param>
/// <param name="Status">One status only.</param>
/// <param name="Page">From 1.</param>
/// <param name="PageSize">1 to 100.</param>
public sealed record SiteBookingSearch(int? SiteId = null, CounsellingBookingStatus? Status = null, int Page = 1, int PageSize = 20);

/// <summary>A booking as site staff see it: alias, time, mode, counsellor and status; nothing about the person or the talk.</summary>
/// <param name="Id">The booking.</param>
/// <param name="Alias">The alias.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="When">Start as "2026-12-05 19:00" (Beijing).</param>
/// <param name="ModeName">到站面谈, 电话 or 视频.</param>
/// <param name="SiteName">The site of an in-person talk.</param>
/// <param name="CounsellorName">The counsellor.</param>
/// <param name="Status">The booking's status.</param>
/// <param name="StatusName">The status in Chinese.</param>
public sealed record SiteCounsellingBooking(int Id, string Alias, DateTimeOffset StartsAt, string When, string ModeName, string? SiteName,
    string CounsellorName, CounsellingBookingStatus Status, string StatusName);

/// <summary>Bookings at the sites (and of the counsellors) in the staff member's scope, newest slot first.</summary>
public sealed class ListSiteBookings(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<SiteCounsellingBooking>>> HandleAsync(SiteBookingSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } problem)
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var unions = access.UnionIds(db);
        var slots = db.CounsellingSlots.Where(s => unions.Contains(s.UnionId));
        if (search.SiteId is { } siteId)
        {
            slots = slots.Where(s => s.SiteId == siteId);
        }
        var bookings = db.CounsellingBookings.AsNoTracking();
        if (search.Status is { } status)
        {
            bookings = bookings.Where(b => b.Status == status);
        }
        var joined = bookings.Join(slots, b => b.SlotId, s => s.Id, (b, s) => new { b.Id, b.Alias, b.Status, b.SlotId, s.StartsAt });
        var total = await joined.CountAsync(ct);
        var page = await joined.OrderByDescending(r => r.StartsAt).ThenByDescending(r => r.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToListAsync(ct);
        var slotRows = await CounsellingViews.RowsByIdAsync(db, page.Select(r => r.SlotId).ToList(), ct);
        var rows = page.Select(r => new { r.Id, r.Alias, r.Status, Slot = slotRows[r.SlotId] });
        return new PagedList<SiteCounsellingBooking>(
            rows.Select(r => new SiteCounsellingBooking(r.Id, r.Alias, r.Slot.StartsAt, ChinaTime.FormatStamp(r.Slot.StartsAt), r.Slot.Mode.Chinese(),
                r.Slot.SiteName, r.Slot.CounsellorName, r.Status, r.Status.Chinese())).ToList(),
            total, search.Page, search.PageSize);
    }
}
