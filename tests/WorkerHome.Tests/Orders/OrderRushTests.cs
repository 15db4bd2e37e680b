using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Orders;

/// <summary>
/// The order rush of the issue, over real sockets: 2,000 distinct workers order one 20-seat session at the same
/// moment; and cancellations racing with new orders. Each database gets its own Kestrel-hosted app.
/// </summary>
public abstract class OrderRushTests(IServerApp server)
{
    private readonly TestApp _app = server.App;

    [Fact]
    public async Task Two_thousand_workers_at_once_get_exactly_twenty_seats_and_a_gapless_waiting_list()
    {
        var item = await _app.PublishedItemAsync(classSize: 20);
        var session = await _app.SessionAsync(item, capacity: 20);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var workers = await _app.CreateAsync(2000, "rush");
        var setup = clock.Elapsed;
        using var http = Client();

        using var start = new ManualResetEventSlim();
        var requests = workers.Select(w => Task.Run(async () =>
        {
            start.Wait();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Id}/orders");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", w.Token);
            request.Content = JsonContent();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Body: body);
        })).ToList();
        clock.Restart();
        start.Set();
        var results = await Task.WhenAll(requests);
        TestContext.Current.TestOutputHelper?.WriteLine($"{_app.Provider}: 2,000 workers made in {setup.TotalSeconds:0.0} s; 2,000 orders answered in {clock.Elapsed.TotalSeconds:0.0} s");

        var failures = results.Where(r => r.StatusCode != HttpStatusCode.Created).Take(3).ToList();
        Assert.True(failures.Count == 0, $"{results.Count(r => r.StatusCode != HttpStatusCode.Created)} not 201, e.g. {string.Join(" | ", failures)}");
        var orders = results.Select(r => System.Text.Json.JsonSerializer.Deserialize<OrderView>(r.Body, Http.Json)!).ToList();
        Assert.Equal(20, orders.Count(o => o.Status == OrderStatus.Confirmed));
        Assert.Equal(1980, orders.Count(o => o.Status == OrderStatus.Waitlisted));
        Assert.Equal(Enumerable.Range(1, 1980), orders.Where(o => o.WaitlistPosition is not null).Select(o => o.WaitlistPosition!.Value).Order());
        Assert.Equal(2000, orders.Select(o => o.Id).Distinct().Count());
        Assert.Empty(await SeatInvariant.ViolationsAsync(_app, session.Id));
        Assert.Equal(20, (await _app.ReloadAsync(session)).Confirmed);
    }

    [Fact]
    public async Task Cancellations_racing_with_new_orders_never_leave_a_free_seat_to_someone_waiting_nor_take_one_twice()
    {
        var item = await _app.PublishedItemAsync(classSize: 20);
        var session = await _app.SessionAsync(item, capacity: 20);
        var first = await _app.CreateAsync(60, "race");
        var later = await _app.CreateAsync(80, "late");
        using var http = Client();
        var placed = new List<(TestWorker Worker, OrderView Order)>();
        foreach (var worker in first)
        {
            placed.Add((worker, await PlaceAsync(http, worker, session.Id)));
        }
        Assert.Equal(20, placed.Count(p => p.Order.Status == OrderStatus.Confirmed));

        // Half the confirmed and a third of the waiting cancel, while newcomers order and some repeat their order.
        var cancels = placed.Where(p => p.Order.Status == OrderStatus.Confirmed).Take(10)
            .Concat(placed.Where(p => p.Order.Status == OrderStatus.Waitlisted).Take(13)).ToList();
        var storm = cancels.Select(c => (Func<Task<HttpStatusCode>>)(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/orders/{c.Order.Id}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", c.Worker.Token);
                using var response = await http.SendAsync(request);
                return response.StatusCode;
            }))
            .Concat(later.Select(w => (Func<Task<HttpStatusCode>>)(async () => (await SendPlaceAsync(http, w, session.Id)).StatusCode)))
            .Concat(placed.Skip(40).Select(p => (Func<Task<HttpStatusCode>>)(async () => (await SendPlaceAsync(http, p.Worker, session.Id)).StatusCode)))
            .OrderBy(_ => Random.Shared.Next()).ToList();
        var codes = await Task.WhenAll(storm.Select(f => Task.Run(f)));

        Assert.DoesNotContain(codes, c => (int)c >= 500);
        Assert.Empty(await SeatInvariant.ViolationsAsync(_app, session.Id));
        var live = await _app.DbAsync(db => db.Orders.CountAsync(o => o.SessionId == session.Id && o.Status != OrderStatus.Cancelled));
        Assert.Equal(60 - 23 + 80, live);
        Assert.Equal(20, (await _app.ReloadAsync(session)).Confirmed);
        var positions = await _app.DbAsync(db => db.Orders.Where(o => o.SessionId == session.Id && o.Status == OrderStatus.Waitlisted)
            .OrderBy(o => o.WaitlistTicket).Select(o => o.Id).ToListAsync());
        Assert.Equal(live - 20, positions.Count);
    }

    private HttpClient Client() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = new Uri(server.BaseUrl),
        Timeout = TimeSpan.FromMinutes(3),
    };

    private static StringContent JsonContent() => new("{}", System.Text.Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> SendPlaceAsync(HttpClient http, TestWorker worker, int sessionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/orders");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", worker.Token);
        request.Content = JsonContent();
        return await http.SendAsync(request);
    }

    private static async Task<OrderView> PlaceAsync(HttpClient http, TestWorker worker, int sessionId)
    {
        using var response = await SendPlaceAsync(http, worker, sessionId);
        return await response.ReadAsync<OrderView>(HttpStatusCode.Created);
    }

    // One rush at a time: two in one process would measure each other.
    [Collection(nameof(OrderRushTests))]
    public sealed class OnSqlite(RushSqliteApp server) : OrderRushTests(server), IClassFixture<RushSqliteApp>;

    [Collection(nameof(OrderRushTests))]
    public sealed class OnPostgres(RushPostgresApp server) : OrderRushTests(server), IClassFixture<RushPostgresApp>;
}

/// <summary>A Kestrel-hosted app on SQLite with room for a rush: per-worker limits do not apply to distinct workers anyway.</summary>
public sealed class RushSqliteApp : SqliteServerApp;

public sealed class RushPostgresApp : PostgresServerApp;
