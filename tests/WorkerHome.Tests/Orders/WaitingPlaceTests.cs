using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Orders;

/// <summary>
/// The waiting place an order reports when a cancellation commits while the order waits for the session row
/// (PostgreSQL only: on SQLite write transactions run one at a time, and the place is counted after commit). The
/// cancellation is held open here by hand, as <c>CancelOrder</c> runs it: the session row locked, the order cancelled.
/// The new order must count the ticket that left although its claim statement started before the cancel committed.
/// </summary>
public sealed class WaitingPlaceTests(PostgresApp app)
{
    [Fact]
    public async Task A_cancellation_committed_while_an_order_waits_for_the_session_moves_the_new_ticket_up()
    {
        app.SkipIfUnavailable();
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        var workers = await app.CreateAsync(4, "place");
        var orders = new List<OrderView>();
        foreach (var worker in workers.Take(3))
        {
            using var client = app.Bearer(worker);
            orders.Add(await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created));
        }
        Assert.Equal([null, 1, 2], orders.Select(o => o.WaitlistPosition));

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using (var cancel = await db.Database.BeginTransactionAsync())
        {
            await OrderLocks.LockSessionAsync(db, session.Id, default);
            var holder = await db.Database.SqlQuery<int>($"""SELECT pg_backend_pid() AS "Value" """).SingleAsync();
            await db.Orders.Where(o => o.Id == orders[1].Id)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OrderStatus.Cancelled).SetProperty(x => x.CancelledAt, TestApp.Now));

            using var late = app.Bearer(workers[3]);
            var placing = late.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { });
            await WaitUntilBlockedByAsync(holder, placing);
            await cancel.CommitAsync();

            var placed = await (await placing).ReadAsync<OrderView>(HttpStatusCode.Created);
            // Ticket 3, and ticket 1 has left: second in line behind ticket 2.
            Assert.Equal(OrderStatus.Waitlisted, placed.Status);
            Assert.Equal(2, placed.WaitlistPosition);
        }
    }

    /// <summary>Polls PostgreSQL until a connection waits for a lock that <paramref name="holder"/> holds: the order is blocked.</summary>
    private async Task WaitUntilBlockedByAsync(int holder, Task<HttpResponseMessage> placing)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            Assert.False(placing.IsCompleted, "The order finished while the session row was locked: it did not wait for it.");
            var waiting = await app.DbAsync(db => db.Database.SqlQuery<int>(
                $"""SELECT count(*)::int AS "Value" FROM pg_stat_activity WHERE {holder} = ANY(pg_blocking_pids(pid))""")
                .SingleAsync());
            if (waiting > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "The order did not wait for the locked session row within 20 s.");
            await Task.Delay(20);
        }
    }
}
