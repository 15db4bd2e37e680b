using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.DataGen;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Bench;

/// <summary>
/// The benchmark's data generator (bench/WorkerHome.DataGen) at tiny scale on a fresh PostgreSQL database of its own:
/// a schema change that breaks the generator fails here, not on the day someone runs bench/gen.sh.
/// </summary>
public sealed class DataGenTests(DataGenTests.FreshPostgres app) : IClassFixture<DataGenTests.FreshPostgres>
{
    /// <summary>A database for this class alone: the generator adds thousands of rows the other tests must not see.</summary>
    public sealed class FreshPostgres : PostgresApp;

    [Fact]
    public async Task Generates_tiny_scale_consistent_with_the_seat_counters_and_the_app_reads_it()
    {
        app.SkipIfUnavailable();
        var counts = await DataGenRunner.RunAsync(app, Scale.Tiny, seed: 8, TextWriter.Null);

        Assert.Equal(Scale.Tiny.Orders, counts["Orders"]);
        Assert.Equal(Scale.Tiny.Workers, counts["AspNetUsers"]);
        Assert.Equal(Scale.Tiny.Needs, counts["Needs"]);
        Assert.True(counts["CheckIns"] > 0 && counts["SessionFeedback"] > 0 && counts["RightsCases"] > 0 && counts["AidApplications"] > 0);
        var sites = await app.DbAsync(db => db.Sites.CountAsync(s => s.RegionCode.StartsWith("5111")));
        Assert.Equal(Scale.Tiny.Sites, sites);

        // Every session's counters agree with its orders, as the ordering path keeps them.
        var disagreeing = await app.DbAsync(db => db.Sessions.CountAsync(s =>
            s.Confirmed != db.Orders.Count(o => o.SessionId == s.Id && o.Status == OrderStatus.Confirmed)
            || s.WaitlistTickets != db.Orders.Count(o => o.SessionId == s.Id && o.WaitlistTicket != null)
            || s.Confirmed > s.Capacity));
        Assert.Equal(0, disagreeing);
        // Every union has its own id at the end of its path.
        Assert.Equal(0, await app.DbAsync(db => db.Unions.CountAsync(u => !u.Path.EndsWith("/" + u.Id + "/"))));

        // A generated worker signs in with the shared password, and the public reads answer on the generated data.
        using var client = app.Anonymous();
        using var token = await client.PostAsJsonAsync("/api/auth/token", new { userName = Generator.WorkerUserName(0), password = "Demo@2026" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var menu = await client.GetAsync(new Uri("/api/menu?page=1&pageSize=20", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, menu.StatusCode);
        using var near = await client.GetAsync(new Uri("/api/sites?near=29.60,103.48&pageSize=10", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, near.StatusCode);
        using var staff = await app.As("leshan");
        using var cases = await staff.GetAsync(new Uri("/api/console/rights/cases?page=1&pageSize=20", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        using var aid = await staff.GetAsync(new Uri("/api/console/aid/applications?page=1&pageSize=20", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, aid.StatusCode);
    }
}
