using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Orders;

/// <summary>The ordering API one request at a time: each rule, each refusal, and what the worker sees.</summary>
public abstract class OrderApiTests(TestApp app)
{
    [Fact]
    public async Task A_worker_gets_a_seat_and_ordering_again_returns_the_same_order()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 2);
        using var client = await ClientAsync();

        var first = await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        var again = await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.OK);

        Assert.Equal(OrderStatus.Confirmed, first.Status);
        Assert.Equal("已确认", first.StatusName);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, (await app.ReloadAsync(session)).Confirmed);
    }

    [Fact]
    public async Task A_waiting_order_cancelled_in_the_middle_moves_everyone_behind_it_up_one_place()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        var workers = await app.CreateAsync(4, "gap");
        var orders = new List<OrderView>();
        foreach (var worker in workers)
        {
            using var client = app.Bearer(worker);
            orders.Add(await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created));
        }
        Assert.Equal([1, 2, 3], orders.Skip(1).Select(o => o.WaitlistPosition!.Value));
        using (var second = app.Bearer(workers[2]))
        {
            await (await second.DeleteAsync($"/api/orders/{orders[2].Id}")).ReadAsync<OrderView>(HttpStatusCode.OK);
        }
        async Task<int?> PositionOf(int worker)
        {
            using var client = app.Bearer(workers[worker]);
            var mine = await (await client.GetAsync("/api/me/orders")).ReadAsync<List<MyOrder>>(HttpStatusCode.OK);
            return mine.Single(o => o.Order.SessionId == session.Id).Order.WaitlistPosition;
        }
        Assert.Equal(1, await PositionOf(1));
        Assert.Equal(2, await PositionOf(3));
        // A fifth worker queues behind them: ticket 4, second place after the one that left.
        var fifth = (await app.CreateAsync(1, "gap"))[0];
        using var late = app.Bearer(fifth);
        var last = await (await late.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        Assert.Equal(3, last.WaitlistPosition);
    }

    [Fact]
    public async Task When_seats_run_out_workers_wait_in_order_and_a_cancellation_promotes_the_first_who_is_told()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        var workers = await app.CreateAsync(3, "line");
        var orders = new List<OrderView>();
        foreach (var worker in workers)
        {
            using var client = app.Bearer(worker);
            orders.Add(await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created));
        }
        Assert.Equal([OrderStatus.Confirmed, OrderStatus.Waitlisted, OrderStatus.Waitlisted], orders.Select(o => o.Status));
        Assert.Equal([1, 2], orders.Skip(1).Select(o => o.WaitlistPosition!.Value));

        using (var firstClient = app.Bearer(workers[0]))
        {
            var cancelled = await (await firstClient.DeleteAsync($"/api/orders/{orders[0].Id}")).ReadAsync<OrderView>(HttpStatusCode.OK);
            Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        }

        using var second = app.Bearer(workers[1]);
        var mine = await (await second.GetAsync("/api/me/orders")).ReadAsync<List<MyOrder>>(HttpStatusCode.OK);
        Assert.Equal(OrderStatus.Confirmed, mine.Single(o => o.Order.SessionId == session.Id).Order.Status);
        using var third = app.Bearer(workers[2]);
        var theirs = await (await third.GetAsync("/api/me/orders")).ReadAsync<List<MyOrder>>(HttpStatusCode.OK);
        Assert.Equal(1, theirs.Single(o => o.Order.SessionId == session.Id).Order.WaitlistPosition);
        var told = await app.DbAsync(db => db.Notifications.Where(n => n.UserId == workers[1].Id).Select(n => n.Title).ToListAsync());
        Assert.Contains("候补成功", told);
        Assert.Empty(await SeatInvariant.ViolationsAsync(app, session.Id));
    }

    [Fact]
    public async Task Sessions_that_started_were_cancelled_or_belong_to_a_draft_menu_take_no_orders()
    {
        var started = await app.SessionAsync(await app.PublishedItemAsync(), startsIn: TimeSpan.FromMinutes(-5));
        var cancelled = await app.SessionAsync(await app.PublishedItemAsync());
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled)));
        var draft = await app.SessionAsync(await app.PublishedItemAsync(status: MenuStatus.Draft));
        using var client = await ClientAsync();

        foreach (var session in new[] { started, cancelled, draft })
        {
            await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ProblemAsync(HttpStatusCode.Conflict, "session_not_open");
            Assert.Equal(0, await app.DbAsync(db => db.Orders.CountAsync(o => o.SessionId == session.Id)));
        }
        await (await client.PostAsJsonAsync("/api/sessions/987654321/orders", new { })).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
    }

    [Fact]
    public async Task Anonymous_callers_are_told_to_sign_in_and_bad_bodies_are_named()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync());
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/orders")).StatusCode);

        using var client = await ClientAsync();
        using var body = new StringContent("{\"forUserId\":\"not-a-guid\"}", System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync($"/api/sessions/{session.Id}/orders", body)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("forUserId", problem.Errors().Keys);
        await (await client.GetAsync("/api/sessions/abc/orders")).ProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_worker_cannot_cancel_someone_elses_order_nor_cancel_after_the_start()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync());
        var workers = await app.CreateAsync(2, "own");
        using var owner = app.Bearer(workers[0]);
        var order = await (await owner.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);

        using var stranger = app.Bearer(workers[1]);
        await (await stranger.DeleteAsync($"/api/orders/{order.Id}")).ProblemAsync(HttpStatusCode.NotFound, "order_not_found");
        await (await owner.DeleteAsync("/api/orders/987654321")).ProblemAsync(HttpStatusCode.NotFound, "order_not_found");

        await app.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, TestApp.Now.AddMinutes(-1))));
        await (await owner.DeleteAsync($"/api/orders/{order.Id}")).ProblemAsync(HttpStatusCode.Conflict, "session_started");
        Assert.Equal(1, (await app.ReloadAsync(session)).Confirmed);
    }

    [Fact]
    public async Task A_worker_holds_at_most_five_live_orders_and_three_places_on_waiting_lists()
    {
        var worker = (await app.CreateAsync(1, "lim")).Single();
        using var client = app.Bearer(worker);
        var full = new List<Session>();
        for (var i = 0; i < 4; i++)
        {
            var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
            await app.DbAsync(db => db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, 1)));
            full.Add(session);
        }
        for (var i = 0; i < 3; i++)
        {
            var waiting = await (await client.PostAsJsonAsync($"/api/sessions/{full[i].Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
            Assert.Equal(OrderStatus.Waitlisted, waiting.Status);
        }
        await (await client.PostAsJsonAsync($"/api/sessions/{full[3].Id}/orders", new { })).ProblemAsync(HttpStatusCode.Conflict, "waitlist_limit_reached");

        for (var i = 0; i < 2; i++)
        {
            var open = await app.SessionAsync(await app.PublishedItemAsync());
            await (await client.PostAsJsonAsync($"/api/sessions/{open.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        }
        var sixth = await app.SessionAsync(await app.PublishedItemAsync());
        await (await client.PostAsJsonAsync($"/api/sessions/{sixth.Id}/orders", new { })).ProblemAsync(HttpStatusCode.Conflict, "order_limit_reached");
        Assert.Equal(0, (await app.ReloadAsync(sixth)).Confirmed);
    }

    [Fact]
    public async Task Staff_order_on_behalf_of_workers_in_their_subtree_only_and_it_is_logged()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync());
        var xiguWorker = (await app.CreateAsync(1, "desk", await app.UnionIdAsync("西固区总工会"))).Single();
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { forUserId = xiguWorker.Id }))
            .ProblemAsync(HttpStatusCode.Forbidden, "worker_out_of_scope");
        await (await emeishan.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { forUserId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.NotFound, "worker_not_found");
        Assert.Equal(0, (await app.ReloadAsync(session)).Confirmed);

        using var xigu = await app.As("xigu");
        var order = await (await xigu.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { forUserId = xiguWorker.Id })).ReadAsync<OrderView>(HttpStatusCode.Created);
        Assert.True(order.PlacedByStaff);
        using var worker = app.Bearer(xiguWorker);
        var mine = await (await worker.GetAsync("/api/me/orders")).ReadAsync<List<MyOrder>>(HttpStatusCode.OK);
        Assert.Contains(mine, o => o.Order.Id == order.Id);
        var key = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var logged = await app.DbAsync(db => db.OperationLogs.AnyAsync(l => l.EntityType == nameof(Order) && l.EntityId == key));
        Assert.True(logged);
    }

    [Fact]
    public async Task The_calendar_holds_the_confirmed_sessions_only()
    {
        var item = await app.PublishedItemAsync();
        var confirmed = await app.SessionAsync(item);
        var full = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == full.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, 1)));
        using var client = await ClientAsync();
        await (await client.PostAsJsonAsync($"/api/sessions/{confirmed.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        await (await client.PostAsJsonAsync($"/api/sessions/{full.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);

        var response = await client.GetAsync("/api/me/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/calendar", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains(item.Title, text, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync() => app.Bearer((await app.CreateAsync(1, "ord")).Single());

    public sealed class OnSqlite(SqliteApp app) : OrderApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : OrderApiTests(app);
}
