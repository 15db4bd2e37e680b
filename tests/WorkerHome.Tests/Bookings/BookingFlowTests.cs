using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Features.Bookings;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;
using static WorkerHome.Tests.Bookings.BookingsTestData;

namespace WorkerHome.Tests.Bookings;

public abstract class BookingFlowTests(TestApp app)
{
    [Fact]
    public async Task A_room_that_needs_approval_holds_the_slot_pending_until_site_staff_decide_and_the_worker_is_told()
    {
        var room = await app.RoomAsync(approval: true);
        var workers = await app.CreateAsync(2, "ap");
        using var first = app.Bearer(workers[0]);
        using var second = app.Bearer(workers[1]);
        var approved = await (await first.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "14:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        var rejected = await (await second.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "16:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        Assert.Equal(BookingStatus.Pending, approved.Status);

        using var otherCounty = await app.As("jingyan");
        await (await otherCounty.PostAsync($"/api/bookings/{approved.Id}/approve", null)).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");
        Assert.Equal(BookingStatus.Pending, (await app.BookingAsync(approved.Id)).Status);

        using var staff = await app.As("emeishan");
        var listed = await (await staff.GetAsync($"/api/bookings?roomId={room.Id}&status=Pending")).ReadAsync<PagedList<BookingRow>>();
        Assert.Equal(2, listed.Total);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/bookings/{approved.Id}/approve", null)).StatusCode);
        await (await staff.PostAsync($"/api/bookings/{approved.Id}/approve", null)).ProblemAsync(HttpStatusCode.Conflict, "booking_not_pending");
        var noReason = await (await staff.PostJsonAsync($"/api/bookings/{rejected.Id}/reject", new RejectBookingRequest { Reason = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("reason", noReason.Errors().Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostJsonAsync($"/api/bookings/{rejected.Id}/reject", new RejectBookingRequest { Reason = "当天场地检修" })).StatusCode);

        Assert.Equal(BookingStatus.Confirmed, (await app.BookingAsync(approved.Id)).Status);
        var no = await app.BookingAsync(rejected.Id);
        Assert.Equal((BookingStatus.Rejected, "当天场地检修"), (no.Status, no.RejectReason));
        Assert.Equal(1, await app.SlotRowsAsync(room.Id));
        var titles = await app.DbAsync(db => db.Notifications.Where(n => n.UserId == workers[0].Id || n.UserId == workers[1].Id).Select(n => n.Title).OrderBy(t => t).ToListAsync());
        Assert.Equal(["场地预约已通过", "场地预约未通过"], titles);
    }

    [Fact]
    public async Task Check_in_opens_fifteen_minutes_before_the_start_by_the_rooms_code_or_by_staff_at_the_desk()
    {
        // Lead time 0 and half-hour slots: 10:00 has just started (window open), 10:30 opens at 10:15 (not yet).
        var room = await app.RoomAsync(slotMinutes: 30, leadHours: 0, weeklyLimit: 5);
        var worker = (await app.CreateAsync(1, "ci"))[0];
        using var client = app.Bearer(worker);
        var now = await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Today, "10:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        var later = await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Today, "11:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);

        using var staff = await app.As("emeishan");
        var code = await (await staff.GetAsync($"/api/rooms/{room.Id}/check-in-code")).ReadAsync<RoomCheckInCode>();
        Assert.Contains("/rooms/check-in?token=", code.Url, StringComparison.Ordinal);
        await (await client.PostJsonAsync("/api/rooms/check-in", new RoomCheckInRequest { Token = code.Token + "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "check_in_token_invalid");
        var checkedIn = await (await client.PostJsonAsync("/api/rooms/check-in", new RoomCheckInRequest { Token = code.Token })).ReadAsync<BookingView>();
        Assert.Equal((now.Id, BookingStatus.CheckedIn), (checkedIn.Id, checkedIn.Status));
        await (await client.PostJsonAsync("/api/rooms/check-in", new RoomCheckInRequest { Token = code.Token })).ProblemAsync(HttpStatusCode.Conflict, "check_in_closed");

        using var otherCounty = await app.As("jingyan");
        await (await otherCounty.PostAsync($"/api/bookings/{later.Id}/check-in", null)).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");
        await (await staff.PostAsync($"/api/bookings/{later.Id}/check-in", null)).ProblemAsync(HttpStatusCode.Conflict, "check_in_closed");
        Assert.Equal(BookingStatus.Confirmed, (await app.BookingAsync(later.Id)).Status);

        var tomorrowsCode = await (await staff.GetAsync($"/api/rooms/{room.Id}/check-in-code?date=2026-12-03")).ReadAsync<RoomCheckInCode>();
        await (await client.PostJsonAsync("/api/rooms/check-in", new RoomCheckInRequest { Token = tomorrowsCode.Token }))
            .ProblemAsync(HttpStatusCode.BadRequest, "check_in_token_invalid");
    }

    [Fact]
    public async Task The_release_pass_frees_a_no_show_once_even_when_two_nodes_run_it_at_the_same_moment()
    {
        var room = await app.RoomAsync();
        var worker = (await app.CreateAsync(1, "rl"))[0];
        var starts = TestApp.Now.AddMinutes(-30);
        var ids = await app.DbAsync(async db =>
        {
            var noShow = NewBooking(room, worker.Id, starts, BookingStatus.Confirmed);
            var came = NewBooking(room, worker.Id, starts.AddMinutes(-60), BookingStatus.CheckedIn);
            db.RoomBookings.AddRange(noShow, came);
            await db.SaveChangesAsync();
            db.RoomBookingSlots.Add(new RoomBookingSlot { RoomId = room.Id, StartsAt = starts, BookingId = noShow.Id });
            await db.SaveChangesAsync();
            return (noShow.Id, came.Id);
        });

        var pass = app.Factory.Services.GetRequiredService<ReleaseNoShows>();
        var reports = await Task.WhenAll(Task.Run(() => pass.ReleaseDueAsync(CancellationToken.None)), Task.Run(() => pass.ReleaseDueAsync(CancellationToken.None)));

        Assert.Equal(BookingStatus.Released, (await app.BookingAsync(ids.Item1)).Status);
        Assert.Equal(BookingStatus.CheckedIn, (await app.BookingAsync(ids.Item2)).Status);
        Assert.Equal(0, await app.SlotRowsAsync(room.Id));
        Assert.True(reports.Sum(r => r.Released) >= 1);
        Assert.Equal(1, await app.DbAsync(db => db.Notifications.CountAsync(n => n.UserId == worker.Id && n.Title == "场地预约已释放")));
    }

    [Fact]
    public async Task A_weekly_series_books_the_free_occurrences_lists_the_clashes_and_its_rest_can_be_cancelled()
    {
        var room = await app.RoomAsync();
        using var worker = await app.As("worker05");
        await (await worker.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "19:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);

        using var otherCounty = await app.As("jingyan");
        var series = new SeriesRequest { FirstDate = Tomorrow, Weeks = 4, Start = "19:00", Slots = 2, Purpose = "舞蹈队排练", People = 15, ContactName = "李队长" };
        await (await otherCounty.PostJsonAsync($"/api/rooms/{room.Id}/series", series)).ProblemAsync(HttpStatusCode.NotFound, "room_not_found");

        using var staff = await app.As("emeishan");
        var bad = await (await staff.PostJsonAsync($"/api/rooms/{room.Id}/series", series with { Weeks = 30 })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("weeks", bad.Errors().Keys);
        var result = await (await staff.PostJsonAsync($"/api/rooms/{room.Id}/series", series)).ReadAsync<SeriesResult>();
        Assert.Equal([new DateOnly(2026, 12, 17), new DateOnly(2026, 12, 24)], result.Booked.Select(b => b.Date));
        Assert.Equal([(Tomorrow, "已被预约"), (ClosedDay, "闭馆或不在开放时间")], result.Clashes.Select(c => (c.Date, c.Reason)));
        Assert.Equal(5, await app.SlotRowsAsync(room.Id));

        var cancelled = await (await staff.PostAsync($"/api/booking-series/{result.SeriesId}/cancel", null)).ReadAsync<int>();
        Assert.Equal(2, cancelled);
        Assert.Equal(1, await app.SlotRowsAsync(room.Id));
        await (await otherCounty.PostAsync($"/api/booking-series/{result.SeriesId}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound, "series_not_found");
    }

    [Fact]
    public async Task Staff_create_and_change_rooms_only_at_sites_in_their_scope()
    {
        var site = await app.SiteAsync();
        var input = new RoomInput { Name = "多媒体室", Kind = RoomKind.Multimedia, Capacity = 40, SlotMinutes = 120, RequiresApproval = true };
        using var worker = await app.As("worker06");
        await (await worker.PostJsonAsync($"/api/sites/{site}/rooms", input)).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var otherCounty = await app.As("jingyan");
        await (await otherCounty.PostJsonAsync($"/api/sites/{site}/rooms", input)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        using var otherCity = await app.As("xigu");
        await (await otherCity.PostJsonAsync($"/api/sites/{site}/rooms", input)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");

        using var staff = await app.As("emeishan");
        var bad = await (await staff.PostJsonAsync($"/api/sites/{site}/rooms", input with { Name = "", SlotMinutes = 45, Capacity = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["capacity", "name", "slotMinutes"], bad.Errors().Keys.Order());
        var room = await (await staff.PostJsonAsync($"/api/sites/{site}/rooms", input)).ReadAsync<RoomView>(HttpStatusCode.Created);
        await (await staff.PostJsonAsync($"/api/sites/{site}/rooms", input)).ProblemAsync(HttpStatusCode.Conflict, "room_name_taken");

        await (await otherCounty.PutJsonAsync($"/api/rooms/{room.Id}", input with { Capacity = 5 })).ProblemAsync(HttpStatusCode.NotFound, "room_not_found");
        Assert.Equal(40, await app.DbAsync(db => db.BookableRooms.Where(r => r.Id == room.Id).Select(r => r.Capacity).SingleAsync()));
        var stopped = await (await staff.PutJsonAsync($"/api/rooms/{room.Id}", input with { IsActive = false })).ReadAsync<RoomView>();
        Assert.False(stopped.IsActive);
        using var anonymous = app.Anonymous();
        Assert.Empty(await (await anonymous.GetAsync($"/api/sites/{site}/rooms")).ReadAsync<List<RoomView>>());
        Assert.Single(await (await staff.GetAsync($"/api/sites/{site}/rooms?includeInactive=true")).ReadAsync<List<RoomView>>());
        await (await staff.PutJsonAsync("/api/rooms/999999", input)).ProblemAsync(HttpStatusCode.NotFound, "room_not_found");
    }

    [Fact]
    public async Task Staff_of_another_county_or_city_see_none_of_the_sites_bookings_and_cannot_cancel_them()
    {
        var room = await app.RoomAsync();
        using var worker = await app.As("worker07");
        var booking = await (await worker.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "20:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        foreach (var outsider in new[] { "jingyan", "xigu" })
        {
            using var staff = await app.As(outsider);
            var listed = await (await staff.GetAsync($"/api/bookings?siteId={room.SiteId}")).ReadAsync<PagedList<BookingRow>>();
            Assert.Equal(0, listed.Total);
            await (await staff.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");
        }
        Assert.Equal(BookingStatus.Confirmed, (await app.BookingAsync(booking.Id)).Status);
        using var own = await app.As("emeishan");
        var mine = await (await own.GetAsync($"/api/bookings?siteId={room.SiteId}&date=2026-12-03")).ReadAsync<PagedList<BookingRow>>();
        Assert.Equal(booking.Id, Assert.Single(mine.Items).Booking.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await own.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        Assert.Equal(BookingStatus.Cancelled, (await app.BookingAsync(booking.Id)).Status);
    }

    private static RoomBooking NewBooking(BookableRoom room, Guid userId, DateTimeOffset starts, BookingStatus status) => new()
    {
        RoomId = room.Id, SiteId = room.SiteId, UnionId = room.UnionId, UserId = userId, Date = Today, StartsAt = starts, EndsAt = starts.AddHours(1),
        ReleaseAfter = starts.AddMinutes(15), Purpose = "练瑜伽", People = 3, ContactName = "张三", Status = status, CreatedAt = starts.AddDays(-1),
    };

    public sealed class OnSqlite(SqliteApp app) : BookingFlowTests(app);

    public sealed class OnPostgres(PostgresApp app) : BookingFlowTests(app);
}
