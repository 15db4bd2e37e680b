using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Bookings;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Bookings;

/// <summary>
/// A site of its own for each test, under 峨眉山市总工会 (staff account <c>emeishan</c>): open every day 09:00–12:00 and
/// 14:00–21:00, closed on <see cref="ClosedDay"/>. The test clock reads Wednesday 2026-12-02 10:00 in Beijing.
/// </summary>
internal static class BookingsTestData
{
    public static readonly DateOnly Today = new(2026, 12, 2);
    public static readonly DateOnly Tomorrow = Today.AddDays(1);

    /// <summary>Thursday 2026-12-10: the site is closed (a holiday closure for the series test).</summary>
    public static readonly DateOnly ClosedDay = new(2026, 12, 10);

    public static async Task<int> SiteAsync(this TestApp app, string union = "峨眉山市总工会", string township = "511181100")
    {
        var unionId = await app.UnionIdAsync(union);
        return await app.DbAsync(async db =>
        {
            var site = new Site
            {
                Name = "预约测试阵地 " + Guid.NewGuid().ToString("N")[..8],
                Form = SiteForm.Shared,
                Rating = SiteRating.County,
                Status = SiteStatus.Operating,
                HostOrganization = "测试社区",
                UnionId = unionId,
                RegionCode = township,
                Address = "测试路 1 号",
                Latitude = 29.59,
                Longitude = 103.47,
                OpeningHours = [.. Enumerable.Range(1, 7).SelectMany(d => new[]
                {
                    new OpeningPeriod { Day = d, OpensAt = 9 * 60, ClosesAt = 12 * 60 },
                    new OpeningPeriod { Day = d, OpensAt = 14 * 60, ClosesAt = 21 * 60 },
                })],
                SpecialDays = [new SpecialDay { Date = ClosedDay, Closed = true, Note = "闭馆" }],
                CreatedAt = TestApp.Now,
                UpdatedAt = TestApp.Now,
                Version = 1,
            };
            db.Sites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
    }

    public static async Task<BookableRoom> RoomAsync(this TestApp app, int? siteId = null, bool approval = false, int slotMinutes = 60,
        int leadHours = 2, int weeklyLimit = 2, int capacity = 20, bool active = true)
    {
        var site = siteId ?? await app.SiteAsync();
        return await app.DbAsync(async db =>
        {
            var unionId = await db.Sites.Where(s => s.Id == site).Select(s => s.UnionId).SingleAsync();
            var room = new BookableRoom
            {
                SiteId = site, UnionId = unionId, Name = "舞蹈室 " + Guid.NewGuid().ToString("N")[..6], Kind = RoomKind.Dance,
                Capacity = capacity, SlotMinutes = slotMinutes, MinLeadHours = leadHours, MaxAdvanceDays = 14, WeeklyLimit = weeklyLimit,
                RequiresApproval = approval, CheckInGraceMinutes = 15, IsActive = active, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            };
            db.BookableRooms.Add(room);
            await db.SaveChangesAsync();
            return room;
        });
    }

    public static BookRoomRequest Request(DateOnly date, string start, int slots = 1, int people = 8) => new()
    {
        Date = date, Start = start, Slots = slots, People = people, Purpose = "广场舞排练", ContactName = "王老师",
    };

    public static Task<int> HoldingAsync(this TestApp app, int roomId) =>
        app.DbAsync(db => db.RoomBookings.CountAsync(b => b.RoomId == roomId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed)));

    public static Task<int> SlotRowsAsync(this TestApp app, int roomId) =>
        app.DbAsync(db => db.RoomBookingSlots.CountAsync(s => s.RoomId == roomId));

    public static Task<RoomBooking> BookingAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.RoomBookings.AsNoTracking().SingleAsync(b => b.Id == id));
}
