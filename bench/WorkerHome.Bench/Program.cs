using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkerHome.Bench;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

// Ordering under load, on the real host (Kestrel, real sockets) and a throwaway PostgreSQL (bench/run.sh starts it).
// Each scenario is printed beside a baseline measured in the same process against the same database:
//   the HTTP floor (GET /health/live) for the read, and the bare seat statement (one conditional UPDATE over Npgsql,
//   no HTTP, no transaction around it) for the orders.
// The test host finds the web project through MvcTestingAppManifest.json, which it looks for in the working directory.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var requests = Option("--requests", 1000);
var concurrencies = (OptionText("--concurrency") ?? "16,64").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
if (OptionText("--scenario") is "dashboard" or "read")
{
    // The read paths on a generated database (bench/gen.sh): see ReadScenario and ReadPaths.
    return await ReadScenario.RunAsync(Environment.GetEnvironmentVariable(PostgresServerApp.Variable) ?? "", OptionText("--database") ?? "whbench",
        requests, concurrencies, OptionText("--only"));
}

if (OptionText("--scenario") is "wrk")
{
    // The public read paths under wrk at a fixed rate on a generated database: see WrkScenario.
    return await WrkScenario.RunAsync(Environment.GetEnvironmentVariable(PostgresServerApp.Variable) ?? "", OptionText("--database") ?? "whbench",
        Option("--rate", 1000), Option("--seconds", 20), Option("--connections", 64));
}

if (OptionText("--scenario") is "rush")
{
    // The order rush through the proxy on several nodes, against pgbench on the same database: see RushScenario.
    return await RushScenario.RunAsync(Environment.GetEnvironmentVariable(PostgresServerApp.Variable) ?? "", Option("--rounds", 50), Option("--workers", 2000),
        Option("--seats", 20), concurrencies[0], Option("--nodes", 2));
}

await using var app = new PostgresServerApp();
await app.InitializeAsync();
if (app.Unavailable is not null)
{
    Console.Error.WriteLine(app.Unavailable);
    return 1;
}
var connectionString = app.Factory.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!;
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = new Uri(app.BaseUrl) };
var item = await app.PublishedItemAsync();
var runs = new List<Run>();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"WorkerHome ordering benchmark: {requests} operations per run, concurrency {string.Join(", ", concurrencies)}, {Environment.ProcessorCount} cores, PostgreSQL"));
await WarmUpAsync();
foreach (var concurrency in concurrencies)
{
    runs.Add(await Measure.RunAsync("health (HTTP floor)", "health (HTTP floor)", requests, concurrency, async _ =>
    {
        using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        return response.IsSuccessStatusCode;
    }));

    var readable = await app.SessionAsync(item, capacity: 1000);
    runs.Add(await Measure.RunAsync("session read", "health (HTTP floor)", requests, concurrency, async _ =>
    {
        using var response = await http.GetAsync(new Uri($"/api/sessions/{readable.Id}", UriKind.Relative));
        return response.IsSuccessStatusCode;
    }));

    var bare = await app.SessionAsync(item, capacity: 1000);
    runs.Add(await Measure.RunAsync("seat statement (SQL)", "seat statement (SQL)", requests, concurrency, async _ =>
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE \"Sessions\" SET \"Confirmed\" = \"Confirmed\" + 1 WHERE \"Id\" = @id AND \"Confirmed\" < \"Capacity\"", connection);
        command.Parameters.AddWithValue("id", bare.Id);
        return await command.ExecuteNonQueryAsync() == 1;
    }));

    runs.Add(await OrdersAsync("order, seats free", capacity: 1000, concurrency));
    runs.Add(await OrdersAsync("order, full-class rush (50 seats)", capacity: 50, concurrency));
}
Console.WriteLine();
Console.WriteLine(Measure.Table(runs));
return runs.Sum(r => r.Failures) == 0 ? 0 : 1;

// Every worker orders once; afterwards the seats are checked against the orders (a benchmark that oversold would be lying).
async Task<Run> OrdersAsync(string name, int capacity, int concurrency)
{
    var session = await app.SessionAsync(item, capacity);
    var workers = await app.CreateAsync(requests, "b");
    var run = await Measure.RunAsync(name, "seat statement (SQL)", requests, concurrency, async i =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Id}/orders") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workers[i].Token);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Created;
    });
    var (confirmed, counted) = await app.DbAsync(async db => (
        await db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Confirmed).SingleAsync(),
        await db.Orders.CountAsync(o => o.SessionId == session.Id && o.Status == OrderStatus.Confirmed)));
    if (confirmed != counted || confirmed != Math.Min(capacity, requests))
    {
        throw new InvalidOperationException($"{name}: {confirmed} seats counted, {counted} confirmed orders, capacity {capacity}.");
    }
    return run;
}

// JIT, connection pools and EF's model: one small pass of each path, not measured.
async Task WarmUpAsync()
{
    var session = await app.SessionAsync(item, capacity: 1000);
    var workers = await app.CreateAsync(64, "warm");
    await Task.WhenAll(workers.Select(async w =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Id}/orders") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", w.Token);
        using var response = await http.SendAsync(request);
        using var read = await http.GetAsync(new Uri($"/api/sessions/{session.Id}", UriKind.Relative));
    }));
}

int Option(string name, int fallback) =>
    OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
