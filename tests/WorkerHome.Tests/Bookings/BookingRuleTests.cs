using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Bookings;
using WorkerHome.Testing;
using static WorkerHome.Tests.Bookings.BookingsTestData;

namespace WorkerHome.Tests.Bookings;

public abstract class BookingRuleTests(TestApp app)
{
    [Fact]
    public async Task Anyone_reads_a_sites_rooms_and_a_days_slots_with_past_and_too_early_ones_marked()
    {
        var room = await app.RoomAsync();
        using var anonymous = app.Anonymous();
        var rooms = await (await anonymous.GetAsync($"/api/sites/{room.SiteId}/rooms")).ReadAsync<List<RoomView>>();
        Assert.Equal("舞蹈室", Assert.Single(rooms).KindName);

        var today = await (await anonymous.GetAsync($"/api/rooms/{room.Id}/slots?date=2026-12-02")).ReadAsync<DaySlots>();
        Assert.Equal(10, today.Slots.Count);
        Assert.Equal(["已过", "已过", "需提前 2 小时"], today.Slots.Take(3).Select(s => s.Note));
        Assert.True(today.Slots.Single(s => s.Start == "14:00").Free);

        var closed = await (await anonymous.GetAsync($"/api/rooms/{room.Id}/slots?date={ClosedDay:yyyy-MM-dd}")).ReadAsync<DaySlots>();
        Assert.Empty(closed.Slots);
        await (await anonymous.GetAsync("/api/rooms/999999/slots")).ProblemAsync(HttpStatusCode.NotFound, "room_not_found");
        await (await anonymous.GetAsync("/api/sites/999999/rooms")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
    }

    [Fact]
    public async Task A_worker_books_a_free_slot_which_then_shows_as_taken_and_in_their_list()
    {
        var room = await app.RoomAsync();
        var worker = (await app.CreateAsync(1, "bk"))[0];
        using var client = app.Bearer(worker);
        var booking = await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "19:00", slots: 2)))
            .ReadAsync<BookingView>(HttpStatusCode.Created);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero), booking.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero), booking.EndsAt);
        Assert.Equal(2, await app.SlotRowsAsync(room.Id));

        using var anonymous = app.Anonymous();
        var slots = await (await anonymous.GetAsync($"/api/rooms/{room.Id}/slots?date=2026-12-03")).ReadAsync<DaySlots>();
        Assert.Equal(["已被预约", "已被预约"], slots.Slots.Where(s => s.Start is "19:00" or "20:00").Select(s => s.Note));
        var mine = await (await client.GetAsync("/api/me/bookings")).ReadAsync<MyBookings>();
        Assert.Equal(booking.Id, Assert.Single(mine.Upcoming).Id);
    }

    public static TheoryData<string, int, string, string?> Rules => new()
    {
        { "outside opening hours", 400, "outside_opening_hours", "start" },
        { "across the lunch break", 400, "outside_opening_hours", "start" },
        { "closed day", 400, "outside_opening_hours", "start" },
        { "too soon", 400, "booking_too_soon", "start" },
        { "already past", 400, "booking_too_soon", "start" },
        { "too far", 400, "booking_too_far", "date" },
        { "more people than capacity", 400, "over_capacity", "people" },
        { "no purpose", 400, "validation_failed", "purpose" },
        { "bad start", 400, "validation_failed", "start" },
        { "too many slots", 400, "validation_failed", "slots" },
        { "room stopped", 409, "room_inactive", null },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Each_rule_is_a_clear_problem_and_nothing_is_saved(string rule, int status, string code, string? field)
    {
        var room = await app.RoomAsync(active: rule != "room stopped");
        var request = rule switch
        {
            "outside opening hours" => Request(Tomorrow, "12:00"),
            "across the lunch break" => Request(Tomorrow, "11:00", slots: 2),
            "closed day" => Request(ClosedDay, "10:00"),
            "too soon" => Request(Today, "11:00"),
            "already past" => Request(Today, "09:00"),
            "too far" => Request(Today.AddDays(15), "10:00"),
            "more people than capacity" => Request(Tomorrow, "10:00", people: 21),
            "no purpose" => Request(Tomorrow, "10:00") with { Purpose = "" },
            "bad start" => Request(Tomorrow, "7pm"),
            "too many slots" => Request(Tomorrow, "14:00", slots: 9),
            _ => Request(Tomorrow, "10:00"),
        };
        using var worker = await app.As("worker03");
        var problem = await (await worker.PostJsonAsync($"/api/rooms/{room.Id}/bookings", request)).ProblemAsync((HttpStatusCode)status, code);
        if (field is not null)
        {
            Assert.Contains(field, problem.Errors().Keys);
        }
        Assert.False(await app.DbAsync(db => db.RoomBookings.AnyAsync(b => b.RoomId == room.Id)));
        Assert.Equal(0, await app.SlotRowsAsync(room.Id));
    }

    [Fact]
    public async Task The_weekly_limit_is_counted_per_worker_and_iso_week()
    {
        var room = await app.RoomAsync(weeklyLimit: 2);
        var worker = (await app.CreateAsync(1, "wk"))[0];
        using var client = app.Bearer(worker);
        await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "14:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow.AddDays(1), "14:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow.AddDays(2), "14:00")))
            .ProblemAsync(HttpStatusCode.Conflict, "weekly_limit_reached");
        // Monday 2026-12-07 is the next ISO week.
        await (await client.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(new DateOnly(2026, 12, 7), "14:00"))).ReadAsync<BookingView>(HttpStatusCode.Created);
        Assert.Equal(3, await app.HoldingAsync(room.Id));
    }

    [Fact]
    public async Task An_overlapping_booking_is_refused_with_slot_taken_and_a_cancelled_one_frees_its_slots()
    {
        var room = await app.RoomAsync();
        var workers = await app.CreateAsync(2, "ov");
        using var first = app.Bearer(workers[0]);
        using var second = app.Bearer(workers[1]);
        var booking = await (await first.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "15:00", slots: 2))).ReadAsync<BookingView>(HttpStatusCode.Created);
        var problem = await (await second.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "14:00", slots: 2)))
            .ProblemAsync(HttpStatusCode.Conflict, "slot_taken");
        Assert.Contains("start", problem.Errors().Keys);

        await (await second.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");
        Assert.Equal(BookingStatus.Confirmed, (await app.BookingAsync(booking.Id)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).StatusCode);
        Assert.Equal(BookingStatus.Cancelled, (await app.BookingAsync(booking.Id)).Status);
        await (await first.PostAsync($"/api/bookings/{booking.Id}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict, "booking_not_cancellable");
        await (await second.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "14:00", slots: 2))).ReadAsync<BookingView>(HttpStatusCode.Created);
        Assert.Equal(2, await app.SlotRowsAsync(room.Id));
    }

    [Fact]
    public async Task Anonymous_callers_cannot_book_or_list_bookings()
    {
        var room = await app.RoomAsync();
        using var anonymous = app.Anonymous();
        await (await anonymous.PostJsonAsync($"/api/rooms/{room.Id}/bookings", Request(Tomorrow, "14:00"))).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await anonymous.GetAsync("/api/me/bookings")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker04");
        await (await worker.GetAsync("/api/bookings")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await worker.PostJsonAsync("/api/rooms/999999/bookings", Request(Tomorrow, "14:00"))).ProblemAsync(HttpStatusCode.NotFound, "room_not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : BookingRuleTests(app);

    public sealed class OnPostgres(PostgresApp app) : BookingRuleTests(app);
}
