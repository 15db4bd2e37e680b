using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Faults;

/// <summary>
/// Issue 9, faults: PostgreSQL crashes (immediate stop: every connection cut, no checkpoint) and comes back while
/// workers are ordering. The app reports not-ready while the database is gone, answers 503 problems (never a 500),
/// recovers without a restart of its own, and loses nothing it acknowledged: every 2xx order exists after crash
/// recovery. The server is the test's own, with PostgreSQL's durable defaults, so the shared one is not disturbed.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private const int WorkerCount = 600;

    [Fact]
    public async Task A_database_crash_under_load_makes_the_app_not_ready_then_it_recovers_and_loses_nothing_acknowledged()
    {
        var (server, unavailable) = await OwnPostgres.StartAsync();
        Assert.SkipWhen(server is null, unavailable ?? "");
        await using var _ = server!;
        await using var app = new NamedPostgresApp(server.AdminConnectionString, "wh_restart", recreate: true);
        await app.InitializeAsync();
        var workers = await app.CreateAsync(WorkerCount, "pgr");
        var item = await app.PublishedItemAsync();
        var sessions = new List<int>();
        for (var s = 0; s < 4; s++)
        {
            sessions.Add((await app.SessionAsync(item, capacity: 100)).Id);
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var readiness = new ConcurrentQueue<(long At, HttpStatusCode Status)>();
        var clock = Stopwatch.StartNew();
        using var probe = app.Anonymous();
        var watching = Task.Run(async () =>
        {
            while (!cancel.IsCancellationRequested)
            {
                readiness.Enqueue((clock.ElapsedMilliseconds, (await probe.GetAsync("/health/ready")).StatusCode));
                await Task.Delay(100);
            }
        });

        // Workers order until each has an answer that says it is done; a 503 puts the worker back in the queue.
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, WorkerCount));
        var acknowledged = new ConcurrentDictionary<int, (int OrderId, OrderStatus Status)>();
        var answers = new ConcurrentDictionary<int, int>();
        var clients = workers.Select(w => app.Bearer(w)).ToList();
        using var disposeClients = new ClientsDisposer(clients);
        var ordering = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var i))
            {
                cancel.Token.ThrowIfCancellationRequested();
                var response = await clients[i].PostAsync($"/api/sessions/{sessions[i % sessions.Count]}/orders", JsonContent());
                answers.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
                {
                    var order = JsonSerializer.Deserialize<OrderView>(await response.Content.ReadAsStringAsync(), Http.Json)!;
                    acknowledged[i] = (order.Id, order.Status);
                }
                else
                {
                    await response.ProblemAsync(HttpStatusCode.ServiceUnavailable, "database_unavailable");
                    Assert.True(response.Headers.RetryAfter is not null, "a 503 says when to retry");
                    queue.Enqueue(i);
                    await Task.Delay(50);
                }
            }
        })).ToList();

        // Let the rush get going, crash the server, keep it down long enough to be seen, bring it back.
        while (acknowledged.Count < 100)
        {
            await Task.Delay(20);
        }
        var downAt = clock.ElapsedMilliseconds;
        await server.StopAsync("immediate");
        var beforeCrash = acknowledged.Count;
        await Task.Delay(3000);
        await server.StartAgainAsync();
        var upAt = clock.ElapsedMilliseconds;
        await Task.WhenAll(ordering);
        await cancel.CancelAsync();
        await watching.ContinueWith(_ => { }, TaskScheduler.Default);

        var states = readiness.ToList();
        var firstDown = states.FirstOrDefault(r => r.At > downAt && r.Status != HttpStatusCode.OK);
        var backUp = states.FirstOrDefault(r => r.At > upAt && r.Status == HttpStatusCode.OK);
        output.WriteLine($"{beforeCrash} of {WorkerCount} acknowledged before the crash; answers: {string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{a.Key}×{a.Value}"))}");
        output.WriteLine($"crash at {downAt} ms, not ready at {firstDown.At} ms, server back at {upAt} ms, ready again at {backUp.At} ms, all ordered at {clock.ElapsedMilliseconds} ms");
        Assert.True(beforeCrash < WorkerCount, "the crash came in the middle of the rush");
        Assert.True(answers.GetValueOrDefault(503) > 0, "requests during the outage got 503 problems");
        Assert.True(answers.Keys.All(status => status is 200 or 201 or 503), string.Join(", ", answers.Select(a => $"{a.Key}×{a.Value}")));
        Assert.Contains(states, r => r.At < downAt && r.Status == HttpStatusCode.OK);
        Assert.Contains(states, r => r.At > downAt && r.At < upAt && r.Status == HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.OK, states[^1].Status);

        // Nothing acknowledged was lost in the crash; every worker has exactly one order; the seat counters agree.
        Assert.Equal(WorkerCount, acknowledged.Count);
        var stored = await app.DbAsync(db => db.Orders.AsNoTracking().Where(o => sessions.Contains(o.SessionId)).ToListAsync());
        var byId = stored.ToDictionary(o => o.Id);
        foreach (var (i, (orderId, status)) in acknowledged)
        {
            Assert.True(byId.TryGetValue(orderId, out var order), $"acknowledged order {orderId} is missing after crash recovery");
            Assert.Equal(workers[i].Id, order!.UserId);
            Assert.Equal(status, order.Status);
        }
        Assert.Equal(WorkerCount, stored.Select(o => o.UserId).Distinct().Count());
        foreach (var id in sessions)
        {
            var counter = await app.DbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Confirmed).SingleAsync());
            Assert.Equal(stored.Count(o => o.SessionId == id && o.Status == OrderStatus.Confirmed), counter);
            Assert.True(counter <= 100);
        }
    }

    private sealed class ClientsDisposer(List<HttpClient> clients) : IDisposable
    {
        public void Dispose() => clients.ForEach(c => c.Dispose());
    }

    private static StringContent JsonContent() => new("{}", System.Text.Encoding.UTF8, "application/json");
}
