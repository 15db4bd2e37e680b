using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Statistics;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Statistics;

/// <summary>
/// The pass that moves ended sessions' seats into their statistics cells. Passes are built here with the test clock;
/// a pass seals every due session of the shared database (other tests' too), so the assertions look only at the
/// county each test makes, and its figures are counted by hand: they must be the same whether a session is sealed
/// or not, and a seat counted twice or lost shows.
/// </summary>
public abstract class SealSessionSeatsTests(TestApp app)
{
    private const string Period = "from=2026-10&to=2026-12";

    private SealSessionSeats Pass(int batchSize = 500) => new(
        app.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
        new FakeTimeProvider(TestApp.Now),
        Options.Create(new SeatSealOptions { BatchSize = batchSize }),
        app.Factory.Services.GetRequiredService<IHostEnvironment>(),
        NullLogger<SealSessionSeats>.Instance);

    private static DateTimeOffset At(int month, int day) => ChinaTime.FromLocal(new DateOnly(2026, month, day), new TimeOnly(9, 0));

    private sealed record Place(int County, int Grassroots);

    /// <summary>A county of its own with a grassroots union under it, below the fixture's province.</summary>
    private Task<Place> PlaceAsync() => app.DbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var province = await db.Unions.Where(u => u.Name == "乐山市总工会").Select(u => u.ParentId!.Value).SingleAsync();
        var parent = await db.Unions.SingleAsync(u => u.Id == province);
        var county = new Union { Name = "封存测试县总工会" + tag, Level = UnionLevel.County, CreatedAt = TestApp.Now };
        var grassroots = new Union { Name = "封存测试厂工会" + tag, Level = UnionLevel.Grassroots, CreatedAt = TestApp.Now };
        db.Unions.AddRange(county, grassroots);
        await db.SaveChangesAsync();
        county.PlaceUnder(parent);
        grassroots.PlaceUnder(county);
        await db.SaveChangesAsync();
        return new Place(county.Id, grassroots.Id);
    });

    /// <summary>An online session of the union with its seat counter set as the order guard would have left it.</summary>
    private Task<Session> SessionAsync(int union, DateTimeOffset startsAt, int confirmed, SessionStatus status = SessionStatus.Scheduled) =>
        app.DbAsync(async db =>
        {
            var item = await db.MenuItems.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            var session = new Session
            {
                MenuItemId = item, UnionId = union, OnlineUrl = "https://meeting.example/seal", StartsAt = startsAt, EndsAt = startsAt.AddHours(1),
                Capacity = 20, Confirmed = confirmed, Status = status, CreatedAt = TestApp.Now.AddDays(-90),
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });

    private async Task<DashboardFigures> DashboardAsync(int union)
    {
        using var admin = await app.As("admin");
        return await (await admin.GetAsync($"/api/console/statistics/dashboard?union={union}&{Period}")).ReadAsync<DashboardFigures>();
    }

    private Task<int> KeptSeatsAsync(Place place) => app.DbAsync(db =>
        db.CellTallies.Where(c => c.UnionId == place.County || c.UnionId == place.Grassroots).SumAsync(c => c.Orders));

    /// <summary>
    /// The county's sessions: two held and ended (3 + 4 seats, October and November), one cancelled and ended (its 2
    /// seats are not held), one running now (2) and one to come (1). Orders of the county: 3 + 4 + 2 + 1 = 10.
    /// </summary>
    private async Task<(Place Place, Session[] Ended, Session Cancelled, Session Running, Session Coming)> SceneAsync()
    {
        var place = await PlaceAsync();
        Session[] ended = [await SessionAsync(place.Grassroots, At(10, 15), 3), await SessionAsync(place.Grassroots, At(11, 20), 4)];
        var cancelled = await SessionAsync(place.Grassroots, At(10, 16), 2, SessionStatus.Cancelled);
        var running = await SessionAsync(place.County, TestApp.Now.AddMinutes(-30), 2);
        var coming = await SessionAsync(place.County, At(12, 10), 1);
        return (place, ended, cancelled, running, coming);
    }

    private static void AssertCountyFigures(DashboardFigures f, Place place)
    {
        Assert.Equal(10, f.Funnel.Single(s => s.Key == "orders").Count);
        Assert.Equal([3, 4, 3], f.Months.Select(m => m.Orders));
        Assert.Equal([("union", place.Grassroots, 7), ("self", null, 3)], f.Children.Select(c => (c.Kind, c.Id, c.Orders)));
    }

    [Fact]
    public async Task Ended_sessions_seats_move_to_their_cells_and_the_dashboard_shows_the_same_figures()
    {
        var (place, ended, cancelled, running, coming) = await SceneAsync();
        AssertCountyFigures(await DashboardAsync(place.County), place);

        await Pass().SealDueAsync(CancellationToken.None);

        foreach (var session in ended.Append(cancelled))
        {
            Assert.NotNull((await app.ReloadAsync(session)).SeatsSealedAt);
        }
        Assert.Null((await app.ReloadAsync(running)).SeatsSealedAt);
        Assert.Null((await app.ReloadAsync(coming)).SeatsSealedAt);
        Assert.Equal([(202610, 3), (202611, 4)], await app.DbAsync(async db =>
            (await db.CellTallies.Where(c => c.UnionId == place.Grassroots).OrderBy(c => c.Month).Select(c => new { c.Month, c.Orders }).ToListAsync())
                .Select(c => (c.Month, c.Orders)).ToList()));
        Assert.Equal(7, await KeptSeatsAsync(place));
        AssertCountyFigures(await DashboardAsync(place.County), place);
        var city = await DashboardAsync(await app.DbAsync(db => db.Unions.Where(u => u.Id == place.County).Select(u => u.ParentId!.Value).SingleAsync()));
        Assert.Equal(10, city.Children.Single(c => c.Id == place.County).Orders);

        await Pass().SealDueAsync(CancellationToken.None);
        Assert.Equal(7, await KeptSeatsAsync(place));
        AssertCountyFigures(await DashboardAsync(place.County), place);
    }

    [Fact]
    public async Task Passes_at_once_in_small_batches_seal_every_session_once_and_the_kept_seats_equal_a_rebuild()
    {
        var place = await PlaceAsync();
        var sessions = new List<Session>();
        for (var i = 0; i < 12; i++)
        {
            sessions.Add(await SessionAsync(i % 2 == 0 ? place.Grassroots : place.County, At(10 + i % 2, 1 + i), 1 + i));
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Pass(batchSize: 3).SealDueAsync(CancellationToken.None))));

        Assert.Equal(sessions.Sum(s => s.Confirmed), await KeptSeatsAsync(place));
        Assert.All(await app.DbAsync(db => db.Sessions.Where(s => s.UnionId == place.County || s.UnionId == place.Grassroots).ToListAsync()),
            s => Assert.NotNull(s.SeatsSealedAt));
        var rebuilt = await app.DbAsync(db => new RebuildStatistics(db).ComputeAsync(default));
        int[] own = [place.County, place.Grassroots];
        Assert.Equal(rebuilt.Cells.Where(c => own.Contains(c.UnionId)).Select(c => (c.UnionId, c.Month, c.SiteKey, c.Orders)).Order(),
            (await app.DbAsync(db => db.CellTallies.Where(c => own.Contains(c.UnionId)).ToListAsync())).Select(c => (c.UnionId, c.Month, c.SiteKey, c.Orders)).Order());
        var county = await DashboardAsync(place.County);
        Assert.Equal(sessions.Sum(s => s.Confirmed), county.Funnel.Single(s => s.Key == "orders").Count);
    }

    public sealed class OnSqlite(SqliteApp app) : SealSessionSeatsTests(app);

    public sealed class OnPostgres(PostgresApp app) : SealSessionSeatsTests(app);
}
