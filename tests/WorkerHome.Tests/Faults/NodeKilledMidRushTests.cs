using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkerHome.Features.Orders;
using WorkerHome.Proxy;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Faults;

/// <summary>
/// Issue 9, faults: one of two app nodes is killed with SIGKILL in the middle of an order rush through the proxy. Every
/// order that got a 2xx exists afterwards with the status it was answered with, no seat is oversold, the other node
/// keeps serving, and a worker whose answer was lost finds their order by ordering again (no duplicate, no loss).
/// The surviving node is an in-process host; the victim is the built app in a process of its own.
/// </summary>
public sealed class NodeKilledMidRushTests(PostgresServerApp survivor, ITestOutputHelper output) : IClassFixture<PostgresServerApp>, IAsyncLifetime
{
    private const int WorkerCount = 800;
    private const int Seats = 150;
    private const int Concurrency = 24;
    private const int KillAfterAnswers = 200;

    private NodeProcess? _victim;
    private WebApplication? _proxy;

    public async ValueTask InitializeAsync()
    {
        if (survivor.Unavailable is not null)
        {
            return;
        }
        var connection = survivor.Factory.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!;
        _victim = await NodeProcess.StartAsync(connection, "victim");
        _proxy = ProxyHost.Build(["--urls", "http://127.0.0.1:0", "--Proxy:Nodes:0=" + survivor.BaseUrl, "--Proxy:Nodes:1=" + _victim.BaseUrl],
            builder => builder.Logging.ClearProviders());
        await _proxy.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
        if (_victim is not null)
        {
            await _victim.DisposeAsync();
        }
    }

    [Fact]
    public async Task Killing_a_node_mid_rush_loses_no_acknowledged_order_and_oversells_no_seat()
    {
        survivor.SkipIfUnavailable();
        var proxyUrl = _proxy!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // The victim runs on the real clock: tokens are issued on it, and the session starts after it.
        var workers = await survivor.CreateAsync(WorkerCount, "kill", tokenClock: TimeProvider.System);
        var item = await survivor.PublishedItemAsync();
        var session = await survivor.SessionAsync(item, capacity: Seats, startsIn: DateTimeOffset.UtcNow - TestApp.Now + TimeSpan.FromDays(30));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(proxyUrl), Timeout = TimeSpan.FromSeconds(30) };

        var answers = new ConcurrentDictionary<int, Answer>();
        var answered = 0;
        var killedAt = DateTime.MaxValue;
        await Parallel.ForEachAsync(Enumerable.Range(0, WorkerCount), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
        {
            var started = DateTime.UtcNow;
            answers[i] = await OrderAsync(http, session.Id, workers[i], started);
            if (Interlocked.Increment(ref answered) == KillAfterAnswers)
            {
                _victim!.Kill();
                killedAt = DateTime.UtcNow;
            }
        });
        Assert.True(_victim!.HasExited, "the victim was killed during the rush");

        // The kill cut requests off mid-flight (the proxy answers 502 or the connection drops), and the rush went on.
        var lost = answers.Where(a => !a.Value.Acknowledged).Select(a => a.Key).ToList();
        Assert.NotEmpty(lost);
        Assert.All(answers.Values, a => Assert.True(a.Status is 0 or 201 or 502 or 503 or 504, $"unexpected answer {a.Status}"));
        var afterKill = answers.Values.Where(a => a.StartedAt > killedAt).ToList();
        output.WriteLine($"answers: {string.Join(", ", answers.Values.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}; " +
            $"{lost.Count} without an acknowledgement; after the kill {afterKill.Count(a => a.Acknowledged)} of {afterKill.Count} acknowledged");
        Assert.True(afterKill.Count(a => a.Acknowledged) > 100, $"the surviving node kept taking orders after the kill: {afterKill.Count(a => a.Acknowledged)} of {afterKill.Count}");

        // Every acknowledged order exists, as answered; the seat counter equals the confirmed orders; no seat oversold.
        var stored = await survivor.DbAsync(db => db.Orders.AsNoTracking().Where(o => o.SessionId == session.Id).ToListAsync());
        var byId = stored.ToDictionary(o => o.Id);
        foreach (var (i, answer) in answers.Where(a => a.Value.Acknowledged))
        {
            Assert.True(byId.TryGetValue(answer.OrderId, out var order), $"order {answer.OrderId} answered {answer.Status} is missing");
            Assert.Equal(workers[i].Id, order!.UserId);
            Assert.Equal(answer.OrderStatus, order.Status);
        }
        await AssertSeatsAsync(session.Id);

        // The proxy takes the dead node out; then every worker whose answer was lost orders again and gets exactly one order.
        await WaitUntilServingAsync(http, session.Id, workers);
        foreach (var i in lost)
        {
            var again = await OrderAsync(http, session.Id, workers[i], DateTime.UtcNow);
            Assert.True(again.Acknowledged, $"worker {i} could not order after the kill: {again.Status}");
        }
        var final = await survivor.DbAsync(db => db.Orders.AsNoTracking().Where(o => o.SessionId == session.Id && o.Status != OrderStatus.Cancelled)
            .GroupBy(o => o.UserId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(WorkerCount, final.Count);
        Assert.All(final, n => Assert.Equal(1, n));
        await AssertSeatsAsync(session.Id);
    }

    private async Task AssertSeatsAsync(int sessionId)
    {
        var (counter, confirmed) = await survivor.DbAsync(async db => (
            await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Confirmed).SingleAsync(),
            await db.Orders.CountAsync(o => o.SessionId == sessionId && o.Status == OrderStatus.Confirmed)));
        Assert.Equal(confirmed, counter);
        Assert.True(confirmed <= Seats, $"{confirmed} confirmed orders on {Seats} seats");
    }

    /// <summary>Asks through the proxy until 20 answers in a row come back (each worker's order is idempotent).</summary>
    private static async Task WaitUntilServingAsync(HttpClient http, int sessionId, IReadOnlyList<TestWorker> workers)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var inARow = 0;
        for (var i = 0; inARow < 20; i++)
        {
            Assert.True(DateTime.UtcNow < deadline, "the proxy did not take the dead node out within 30 s");
            var probe = await OrderAsync(http, sessionId, workers[i % 10], DateTime.UtcNow);
            inARow = probe.Status is 200 or 201 ? inARow + 1 : 0;
            if (inARow == 0)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task<Answer> OrderAsync(HttpClient http, int sessionId, TestWorker worker, DateTime started)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/orders") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", worker.Token);
        try
        {
            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is 200 or 201)
            {
                var order = JsonSerializer.Deserialize<OrderView>(await response.Content.ReadAsStringAsync(), Http.Json)!;
                return new Answer(status, started, order.Id, order.Status);
            }
            return new Answer(status, started, 0, default);
        }
        catch (HttpRequestException)
        {
            // The connection dropped before an answer: nothing was acknowledged.
            return new Answer(0, started, 0, default);
        }
    }

    private sealed record Answer(int Status, DateTime StartedAt, int OrderId, OrderStatus OrderStatus)
    {
        public bool Acknowledged => Status is 200 or 201;
    }
}
