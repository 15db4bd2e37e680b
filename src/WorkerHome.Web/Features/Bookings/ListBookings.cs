using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>Filters of the staff booking list.</summary>
/// <param name="Date">Beijing date.</param>
/// <param name="SiteId">One site.</param>
/// <param name="RoomId">One room.</param>
/// <param name="Status">One status.</param>
/// <param name="Page">Page from 1.</param>
/// <param name="PageSize">Items per page (1–100).</param>
public sealed record BookingSearch(DateOnly? Date = null, int? SiteId = null, int? RoomId = null, BookingStatus? Status = null, int Page = 1, int PageSize = 20);

/// <summary>A booking in the staff list.</summary>
/// <param name="Booking">The booking.</param>
/// <param name="BookerName">The booker's display name.</param>
/// <param name="BookerAccount">The booker's account.</param>
public sealed record BookingRow(BookingView Booking, string BookerName, string BookerAccount);

/// <summary>Bookings of the sites in the staff user's scope, by date and time.</summary>
public sealed class ListBookings(AppDbContext db, BookingsAccess access)
{
    public async Task<Outcome<PagedList<BookingRow>>> HandleAsync(BookingSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } problem)
        {
            return problem;
        }
        var query = (await access.BookingsAsync(ct)).AsNoTracking();
        if (search.Date is { } date)
        {
            query = query.Where(b => b.Date == date);
        }
        if (search.SiteId is { } siteId)
        {
            query = query.Where(b => b.SiteId == siteId);
        }
        if (search.RoomId is { } roomId)
        {
            query = query.Where(b => b.RoomId == roomId);
        }
        if (search.Status is { } status)
        {
            query = query.Where(b => b.Status == status);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(b => b.StartsAt).ThenBy(b => b.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(b => new BookingRow(
                new BookingView(b.Id, b.RoomId, db.BookableRooms.Where(r => r.Id == b.RoomId).Select(r => r.Name).First(), b.SiteId,
                    db.Sites.Where(s => s.Id == b.SiteId).Select(s => s.Name).First(), b.Date, b.StartsAt, b.EndsAt, b.Purpose, b.People,
                    b.ContactName, b.Status, b.RejectReason, b.SeriesId, b.CheckedInAt),
                db.Users.Where(u => u.Id == b.UserId).Select(u => u.DisplayName).First(),
                db.Users.Where(u => u.Id == b.UserId).Select(u => u.UserName ?? "").First()))
            .ToListAsync(ct);
        return new PagedList<BookingRow>(rows, total, search.Page, search.PageSize);
    }
}
