using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Orders;
using WorkerHome.Proxy;
using WorkerHome.Testing;

namespace WorkerHome.Bench;

/// <summary>
/// The order rush through the proxy on several app nodes (issue 9): every round, <c>workers</c> distinct workers order
/// one <c>seats</c>-seat session at once. Each round is checked (no seat oversold, no worker twice, every 201 has its
/// order, no 5xx) and its orders are then cancelled so the workers' limits are free for the next round. The
/// baseline is pgbench on the same database in the same run, running the same SQL per order (take the seat, or take
/// a waiting-list ticket, and insert the order) with no HTTP, no token, no checks.
/// </summary>
internal static partial class RushScenario
{
    public static async Task<int> RunAsync(string admin, int rounds, int workersPerRound, int seats, int concurrency, int nodes)
    {
        await using var first = new PostgresServerApp();
        await first.InitializeAsync();
        if (first.Unavailable is not null)
        {
            Console.Error.WriteLine(first.Unavailable);
            return 1;
        }
        var database = new NpgsqlConnectionStringBuilder(first.Factory.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]).Database!;
        var others = new List<NamedPostgresServerApp>();
        for (var i = 1; i < nodes; i++)
        {
            var node = new NamedPostgresServerApp(admin, database);
            await node.InitializeAsync();
            others.Add(node);
        }
        string[] urls = [first.BaseUrl, .. others.Select(o => o.BaseUrl)];
        await using var proxy = ProxyHost.Build(["--urls", "http://127.0.0.1:0", .. urls.Select((u, i) => $"--Proxy:Nodes:{i}={u}")],
            builder => builder.Logging.ClearProviders());
        await proxy.StartAsync();
        var proxyUrl = proxy.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = new Uri(proxyUrl) };

        var item = await first.PublishedItemAsync();
        var workers = await first.CreateAsync(workersPerRound, "rush");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"WorkerHome order rush: {rounds} rounds of {workersPerRound} workers on a {seats}-seat session, concurrency {concurrency}, {nodes} nodes behind the proxy, {Environment.ProcessorCount} cores"));

        // One round not measured: JIT, pools, EF's model on every node.
        await RoundAsync(first, http, item, workers, seats, concurrency, 0);
        var runs = new List<(Run Run, int ServerErrors)>();
        for (var round = 1; round <= rounds; round++)
        {
            runs.Add(await RoundAsync(first, http, item, workers, seats, concurrency, round));
        }

        var pgbench = await PgbenchAsync(first, admin, database, item, workers, seats, concurrency, rounds: 5);
        Console.WriteLine();
        Console.WriteLine(Report(runs, pgbench, concurrency, nodes));
        return 0;
    }

    private static async Task<(Run Run, int ServerErrors)> RoundAsync(TestApp app, HttpClient http, MenuItem item, IReadOnlyList<TestWorker> workers, int seats,
        int concurrency, int round)
    {
        var session = await app.SessionAsync(item, capacity: seats);
        var statuses = new ConcurrentDictionary<int, int>();
        var run = await Measure.RunAsync($"round {round}", "pgbench", workers.Count, concurrency, async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Id}/orders") { Content = JsonContent.Create(new { }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workers[i].Token);
            using var response = await http.SendAsync(request);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            return response.StatusCode == HttpStatusCode.Created;
        });
        var (confirmed, counted, orders, people) = await app.DbAsync(async db => (
            await db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Confirmed).SingleAsync(),
            await db.Orders.CountAsync(o => o.SessionId == session.Id && o.Status == OrderStatus.Confirmed),
            await db.Orders.CountAsync(o => o.SessionId == session.Id),
            await db.Orders.Where(o => o.SessionId == session.Id).Select(o => o.UserId).Distinct().CountAsync()));
        var created = statuses.GetValueOrDefault(201);
        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        if (confirmed != seats || counted != seats || orders != people || orders != created || serverErrors > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {confirmed} seats counted, {counted} confirmed orders of {seats} seats, {orders} orders for {people} workers, {created} answered 201, {serverErrors} 5xx ({string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))})."));
        }
        await CancelOrdersAsync(app, session.Id);
        return (run, serverErrors);
    }

    /// <summary>Frees the workers' live and waiting limits for the next round.</summary>
    private static Task<int> CancelOrdersAsync(TestApp app, int sessionId) => app.DbAsync(db => db.Orders.Where(o => o.SessionId == sessionId)
        .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Cancelled).SetProperty(o => o.CancelledAt, TestApp.Now)));

    /// <summary>pgbench running the order's SQL: the conditional seat UPDATE, else a waiting ticket, then the INSERT, in one transaction.</summary>
    private static async Task<List<double>> PgbenchAsync(TestApp app, string admin, string database, MenuItem item, IReadOnlyList<TestWorker> workers, int seats,
        int concurrency, int rounds)
    {
        await app.DbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE IF EXISTS bench_workers; CREATE TABLE bench_workers (n int PRIMARY KEY, id uuid NOT NULL); DROP SEQUENCE IF EXISTS bench_n; CREATE SEQUENCE bench_n;");
            var numbers = Enumerable.Range(1, workers.Count).ToArray();
            var ids = workers.Select(w => w.Id).ToArray();
            await db.Database.ExecuteSqlAsync($"INSERT INTO bench_workers (n, id) SELECT * FROM unnest({numbers}, {ids})");
        });
        var script = Path.Combine(Path.GetTempPath(), "workerhome-rush-" + Guid.NewGuid().ToString("N") + ".sql");
        await File.WriteAllTextAsync(script, $$"""
            SELECT nextval('bench_n') % {{workers.Count}} + 1 AS w \gset
            BEGIN;
            WITH s AS (UPDATE "Sessions" SET "Confirmed" = "Confirmed" + 1 WHERE "Id" = :sid AND "Confirmed" < "Capacity" RETURNING 1) SELECT count(*) AS took FROM s \gset
            \if :took
            INSERT INTO "Orders" ("SessionId", "MenuItemId", "UserId", "Status", "CreatedAt", "ConfirmedAt")
              SELECT :sid, :item, id, 1, now(), now() FROM bench_workers WHERE n = :w;
            \else
            WITH t AS (UPDATE "Sessions" SET "WaitlistTickets" = "WaitlistTickets" + 1 WHERE "Id" = :sid RETURNING "WaitlistTickets")
            INSERT INTO "Orders" ("SessionId", "MenuItemId", "UserId", "Status", "WaitlistTicket", "CreatedAt")
              SELECT :sid, :item, w.id, 2, t."WaitlistTickets", now() FROM t, bench_workers w WHERE w.n = :w;
            \endif
            COMMIT;
            """);
        var connection = new NpgsqlConnectionStringBuilder(admin);
        var bin = Environment.GetEnvironmentVariable("WORKERHOME_PG_BIN") is { Length: > 0 } b ? Path.Combine(b, "pgbench") : "pgbench";
        var rates = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var session = await app.SessionAsync(item, capacity: seats);
            var start = new ProcessStartInfo(bin) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "-n", "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!,
                "-c", concurrency.ToString(CultureInfo.InvariantCulture), "-j", "2", "-t", (workers.Count / concurrency).ToString(CultureInfo.InvariantCulture),
                "-D", "sid=" + session.Id.ToString(CultureInfo.InvariantCulture), "-D", "item=" + item.Id.ToString(CultureInfo.InvariantCulture), "-f", script, database,
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || Tps().Match(output) is not { Success: true } tps)
            {
                throw new InvalidOperationException("pgbench failed: " + error + output);
            }
            if (round > 0)
            {
                rates.Add(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            await CancelOrdersAsync(app, session.Id);
        }
        File.Delete(script);
        return rates;
    }

    private static string Report(List<(Run Run, int ServerErrors)> rounds, List<double> pgbench, int concurrency, int nodes)
    {
        var c = CultureInfo.InvariantCulture;
        // All rounds as one run: their orders, their time and every latency.
        var all = new Run("all rounds", "pgbench", rounds.Sum(r => r.Run.Operations), concurrency,
            TimeSpan.FromTicks(rounds.Sum(r => r.Run.Elapsed.Ticks)), [.. rounds.SelectMany(r => r.Run.LatenciesMs)], rounds.Sum(r => r.Run.Failures));
        var rate = all.Throughput;
        var rates = rounds.Select(r => r.Run.Throughput).Order().ToList();
        var baseline = pgbench.Order().ElementAt(pgbench.Count / 2);
        var text = new StringBuilder();
        text.AppendLine("| what | value |").AppendLine("|---|---:|");
        text.AppendLine(string.Format(c, "| rounds × orders (concurrency {0}, {1} nodes) | {2} × {3} |", concurrency, nodes, rounds.Count, rounds[0].Run.Operations));
        text.AppendLine(string.Format(c, "| oversold seats, duplicate orders, 5xx (every round checked) | 0, 0, {0} |", rounds.Sum(r => r.ServerErrors)));
        text.AppendLine(string.Format(c, "| orders/s through the proxy (all rounds) | {0:0} |", rate));
        text.AppendLine(string.Format(c, "| orders/s per round: min / median / max | {0:0} / {1:0} / {2:0} |", rates[0], rates[rates.Count / 2], rates[^1]));
        text.AppendLine(string.Format(c, "| latency p50 / p95 / p99 ms | {0:0.0} / {1:0.0} / {2:0.0} |", all.Percentile(50), all.Percentile(95), all.Percentile(99)));
        text.AppendLine(string.Format(c, "| pgbench, same SQL, transactions/s (median of {0} runs; all: {1}) | {2:0} |", pgbench.Count,
            string.Join(", ", pgbench.Select(p => p.ToString("0", c))), baseline));
        text.AppendLine(string.Format(c, "| **our orders/s ÷ pgbench transactions/s** | **{0:0.00}** |", rate / baseline));
        return text.ToString();
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
