using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Testing;

namespace WorkerHome.Bench;

/// <summary>
/// The read-path scenario (<c>--scenario dashboard</c>): the real host on a database the generator filled
/// (bench/gen.sh), the city staff (leshan) and a county staff (emeishan) signed in, each path of
/// <see cref="ReadPaths"/> fired N times at each concurrency, beside the HTTP floor measured in the same run.
/// </summary>
internal static class ReadScenario
{
    public static async Task<int> RunAsync(string admin, string database, int requests, int[] concurrencies, string? only)
    {
        await using var app = new NamedPostgresServerApp(admin, database);
        await app.InitializeAsync();
        if (app.Unavailable is not null)
        {
            Console.Error.WriteLine(app.Unavailable);
            return 1;
        }
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = new Uri(app.BaseUrl) };
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in new[] { "leshan", "emeishan" })
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = account, password = "Demo@2026" });
            response.EnsureSuccessStatusCode();
            tokens[account] = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
        }
        var ids = await ReadIds.LookUpAsync(app);
        var counts = await app.DbAsync(async db => (await db.Sites.CountAsync(), await db.Users.CountAsync(), await db.Orders.CountAsync(), await db.Needs.CountAsync()));
        var paths = ReadPaths.All(ids).Where(p => only is null || p.Name == ReadPaths.Floor || p.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"WorkerHome read benchmark on {database}: {counts.Item1} sites, {counts.Item2} accounts, {counts.Item3} orders, {counts.Item4} needs; {requests} requests per run, concurrency {string.Join(", ", concurrencies)}, {Environment.ProcessorCount} cores"));

        // JIT, pools, plans: every path a few times, not measured; a path that fails here is reported and skipped.
        var working = new List<ReadPath>();
        foreach (var path in paths)
        {
            var ok = true;
            for (var i = 0; i < 5; i++)
            {
                using var response = await SendAsync(http, path, tokens);
                if (!response.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine($"{path.Name}: {path.Url} answered {(int)response.StatusCode}; skipped.");
                    ok = false;
                    break;
                }
            }
            if (ok)
            {
                working.Add(path);
            }
        }

        var runs = new List<Run>();
        foreach (var concurrency in concurrencies)
        {
            foreach (var path in working)
            {
                runs.Add(await Measure.RunAsync(path.Name, path.Baseline, requests, concurrency, async _ =>
                {
                    using var response = await SendAsync(http, path, tokens);
                    return response.IsSuccessStatusCode;
                }));
            }
        }
        Console.WriteLine();
        Console.WriteLine(Measure.Table(runs));
        return runs.Sum(r => r.Failures) == 0 && working.Count == paths.Count ? 0 : 1;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, ReadPath path, Dictionary<string, string> tokens)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.Url, UriKind.Relative));
        if (path.Account is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[path.Account]);
        }
        return http.SendAsync(request);
    }

    private sealed record TokenBody(string AccessToken);
}
