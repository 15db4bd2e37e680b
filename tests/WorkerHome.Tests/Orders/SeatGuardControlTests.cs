using System.Net;
using System.Net.Http.Headers;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Orders;

/// <summary>
/// The control for the rush tests: the same storm against a host whose seat guard is switched off (a naive
/// read-then-write) must be caught by <see cref="SeatInvariant"/>. If this ever passes with no violation, the rush
/// tests prove nothing.
/// </summary>
public abstract class SeatGuardControlTests(IServerApp server)
{
    private readonly TestApp _app = server.App;

    [Fact]
    public async Task Without_the_guard_the_same_rush_oversells_and_the_invariant_check_says_so()
    {
        var item = await _app.PublishedItemAsync(classSize: 20);
        var session = await _app.SessionAsync(item, capacity: 20);
        var workers = await _app.CreateAsync(200, "ctl");
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(3) };

        using var start = new ManualResetEventSlim();
        var requests = workers.Select(w => Task.Run(async () =>
        {
            start.Wait();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Id}/orders");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", w.Token);
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        })).ToList();
        start.Set();
        var statuses = await Task.WhenAll(requests);

        var violations = await SeatInvariant.ViolationsAsync(_app, session.Id);
        TestContext.Current.TestOutputHelper?.WriteLine($"{_app.Provider} without the guard: {string.Join("; ", violations)}");
        Assert.Contains(HttpStatusCode.Created, statuses);
        Assert.NotEmpty(violations);
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<SeatGuard, OrderingOptions>((services, configuration, environment) => services.AddOrdersFeature(configuration, environment));

    public sealed class OnSqlite(UnguardedSqliteServerApp<SeatGuard> server) : SeatGuardControlTests(server), IClassFixture<UnguardedSqliteServerApp<SeatGuard>>;

    public sealed class OnPostgres(UnguardedPostgresServerApp<SeatGuard> server) : SeatGuardControlTests(server), IClassFixture<UnguardedPostgresServerApp<SeatGuard>>;
}

/// <summary>The setting that removes the seat guard.</summary>
public sealed class SeatGuard : IGuardSwitch
{
    public static string Key => "Ordering:UnguardedForTests";
}
