using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Statistics;

/// <summary>
/// The dashboard's counters: a check-in adds the worker on every union of its path and month, an undo or a cancelled
/// session takes them away only where no other record keeps them, and the year's first month follows; the counters
/// kept along the way equal the ones rebuilt from the rows.
/// </summary>
public abstract class StatisticsTalliesTests(TestApp app)
{
    private static DateTimeOffset At(int month, int day) => ChinaTime.FromLocal(new DateOnly(2026, month, day), new TimeOnly(9, 0));

    private sealed record Place(int County, int Grassroots, IReadOnlyList<int> Above);

    /// <summary>A county of its own with a grassroots union under it, below the fixture's province.</summary>
    private async Task<Place> PlaceAsync() => await app.DbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var province = await db.Unions.Where(u => u.Name == "乐山市总工会").Select(u => u.ParentId!.Value).SingleAsync();
        var parent = await db.Unions.SingleAsync(u => u.Id == province);
        var county = new Union { Name = "计数测试县总工会" + tag, Level = UnionLevel.County, CreatedAt = TestApp.Now };
        var grassroots = new Union { Name = "计数测试厂工会" + tag, Level = UnionLevel.Grassroots, CreatedAt = TestApp.Now };
        db.Unions.AddRange(county, grassroots);
        await db.SaveChangesAsync();
        county.PlaceUnder(parent);
        grassroots.PlaceUnder(county);
        await db.SaveChangesAsync();
        return new Place(county.Id, grassroots.Id, UnionPaths.Ids(parent.Path));
    });

    private Task<int> SessionAsync(int union, DateTimeOffset startsAt) => app.DbAsync(async db =>
    {
        var item = await db.MenuItems.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var session = new Session
        {
            MenuItemId = item, UnionId = union, OnlineUrl = "https://meeting.example/tally", StartsAt = startsAt, EndsAt = startsAt.AddHours(1),
            Capacity = 20, CreatedAt = TestApp.Now,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    });

    /// <summary>Writes or removes the check-in and moves the counters in one transaction, as the recorder and the undo do.</summary>
    private Task CheckInAsync(int session, Guid user, bool undo = false) => app.DbAsync(db => db.InTransactionAsync<Done>(async ct =>
    {
        var tallies = new StatisticsTallies(db);
        if (undo)
        {
            await db.CheckIns.Where(c => c.SessionId == session && c.UserId == user).ExecuteDeleteAsync(ct);
            await tallies.CheckInUndoneAsync(session, user, attended: false, ct);
        }
        else
        {
            db.CheckIns.Add(new CheckIn { SessionId = session, UserId = user, IsWalkIn = true, Method = CheckInMethod.ByHand, CheckedInAt = TestApp.Now });
            await db.SaveChangesAsync(ct);
            await tallies.CheckedInAsync(session, user, attended: false, ct);
        }
        return Done.Value;
    }, default));

    private Task<List<(int Union, int Month)>> MonthsAsync(Guid user) => app.DbAsync(async db =>
        (await db.VisitorMonths.Where(v => v.UserId == user).OrderBy(v => v.UnionId).ThenBy(v => v.Month).Select(v => new { v.UnionId, v.Month }).ToListAsync())
            .Select(v => (v.UnionId, v.Month)).ToList());

    private Task<Dictionary<int, int>> FirstMonthsAsync(Guid user) => app.DbAsync(db =>
        db.VisitorYears.Where(v => v.UserId == user && v.Year == 2026).ToDictionaryAsync(v => v.UnionId, v => v.FirstMonth));

    /// <summary>A union's kept counts, months with anything in them: (month, visitors, newcomers of the year).</summary>
    private Task<List<(int Month, int Visitors, int Newcomers)>> CountsAsync(int union) => app.DbAsync(async db =>
        (await db.VisitorTallies.Where(v => v.UnionId == union && (v.Visitors != 0 || v.Newcomers != 0)).OrderBy(v => v.Month).ToListAsync())
            .Select(v => (v.Month, v.Visitors, v.Newcomers)).ToList());

    [Fact]
    public async Task A_worker_is_counted_on_every_union_of_the_path_and_taken_away_only_where_nothing_else_keeps_them()
    {
        var place = await PlaceAsync();
        var user = (await app.CreateAsync(1, "tally"))[0].Id;
        var atCounty = await SessionAsync(place.County, At(11, 5));
        var atGrassroots = await SessionAsync(place.Grassroots, At(11, 20));
        var october = await SessionAsync(place.County, At(10, 3));
        int[] countyPath = [.. place.Above, place.County];

        await CheckInAsync(atCounty, user);
        Assert.Equal(countyPath.Select(u => (u, 202611)).Order(), await MonthsAsync(user));
        Assert.Equal([(202611, 1, 1)], await CountsAsync(place.County));
        await CheckInAsync(atGrassroots, user);
        await CheckInAsync(october, user);
        Assert.Equal(countyPath.SelectMany(u => new[] { (u, 202610), (u, 202611) }).Append((place.Grassroots, 202611)).Order(), await MonthsAsync(user));
        var firsts = await FirstMonthsAsync(user);
        Assert.Equal(10, firsts[place.County]);
        Assert.Equal(11, firsts[place.Grassroots]);
        Assert.Equal(10, firsts[place.Above[0]]);
        // Served in both months; the year's first is October now, so November no longer counts them as new.
        Assert.Equal([(202610, 1, 1), (202611, 1, 0)], await CountsAsync(place.County));
        Assert.Equal([(202611, 1, 1)], await CountsAsync(place.Grassroots));

        // October's undo: the county's first month moves back to November.
        await CheckInAsync(october, user, undo: true);
        Assert.Equal(11, (await FirstMonthsAsync(user))[place.County]);
        Assert.DoesNotContain((place.County, 202610), await MonthsAsync(user));
        Assert.Equal([(202611, 1, 1)], await CountsAsync(place.County));

        // The county's own session undone: the grassroots session still keeps the county in November.
        await CheckInAsync(atCounty, user, undo: true);
        Assert.Equal(countyPath.Select(u => (u, 202611)).Append((place.Grassroots, 202611)).Order(), await MonthsAsync(user));
        Assert.Equal([(202611, 1, 1)], await CountsAsync(place.County));

        // The last one: nothing left anywhere.
        await CheckInAsync(atGrassroots, user, undo: true);
        Assert.Empty(await MonthsAsync(user));
        Assert.Empty(await FirstMonthsAsync(user));
        Assert.Empty(await CountsAsync(place.County));
        Assert.Empty(await CountsAsync(place.Grassroots));
        var tallies = await app.DbAsync(db => db.SessionTallies.Where(t => t.SessionId == atCounty || t.SessionId == atGrassroots || t.SessionId == october)
            .Select(t => t.CheckIns).ToListAsync());
        Assert.Equal([0, 0, 0], tallies);
    }

    [Fact]
    public async Task A_cancelled_session_no_longer_counts_its_checked_in_workers()
    {
        var place = await PlaceAsync();
        var user = (await app.CreateAsync(1, "tally"))[0].Id;
        var session = await SessionAsync(place.Grassroots, At(11, 9));
        await CheckInAsync(session, user);
        Assert.Contains((place.Grassroots, 202611), await MonthsAsync(user));
        await app.DbAsync(db => db.InTransactionAsync<Done>(async ct =>
        {
            await db.Sessions.Where(s => s.Id == session).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled), ct);
            await new StatisticsTallies(db).SessionCancelledAsync(session, ct);
            return Done.Value;
        }, default));
        Assert.Empty(await MonthsAsync(user));
        // Its check-in left the union's cell with it; a cancelled session is not held.
        Assert.Equal([(202611, 0, 0)], await CellsAsync(place.Grassroots));
        Assert.Empty(await CountsAsync(place.Grassroots));
    }

    /// <summary>A union's kept cells: (month, check-ins, feedback).</summary>
    private Task<List<(int Month, int CheckIns, int Feedbacks)>> CellsAsync(int union) => app.DbAsync(async db =>
        (await db.CellTallies.Where(c => c.UnionId == union).OrderBy(c => c.Month).ToListAsync()).Select(c => (c.Month, c.CheckIns, c.Feedbacks)).ToList());

    [Fact]
    public async Task Concurrent_check_ins_of_one_session_count_every_one_and_the_kept_counters_equal_a_rebuild()
    {
        var place = await PlaceAsync();
        var users = await app.CreateAsync(12, "tally");
        var session = await SessionAsync(place.Grassroots, At(11, 12));
        var other = await SessionAsync(place.County, At(11, 13));
        await Task.WhenAll(users.Select(u => CheckInAsync(session, u.Id)).Concat(users.Take(4).Select(u => CheckInAsync(other, u.Id))));
        await CheckInAsync(other, users[0].Id, undo: true);

        var fixture = await StatisticsFixture.OfAsync(app);
        var rebuilt = await app.DbAsync(db => new RebuildStatistics(db).ComputeAsync(default));
        var mine = users.Select(u => u.Id).ToHashSet();
        var kept = await app.DbAsync(async db => (
            Tallies: await db.SessionTallies.Where(t => t.SessionId == session || t.SessionId == other).OrderBy(t => t.SessionId).ToListAsync(),
            Months: await db.VisitorMonths.Where(v => mine.Contains(v.UserId)).ToListAsync(),
            Years: await db.VisitorYears.Where(v => mine.Contains(v.UserId)).ToListAsync()));
        Assert.Equal([12, 3], kept.Tallies.Select(t => t.CheckIns));
        Assert.Equal(rebuilt.Tallies.Where(t => t.SessionId == session || t.SessionId == other).OrderBy(t => t.SessionId).Select(Tally),
            kept.Tallies.Select(Tally));
        Assert.Equal(rebuilt.Months.Where(v => mine.Contains(v.UserId)).Select(v => (v.UnionId, v.Month, v.UserId)).Order(),
            kept.Months.Select(v => (v.UnionId, v.Month, v.UserId)).Order());
        Assert.Equal(rebuilt.Years.Where(v => mine.Contains(v.UserId)).Select(v => (v.UnionId, v.Year, v.UserId, v.FirstMonth)).Order(),
            kept.Years.Select(v => (v.UnionId, v.Year, v.UserId, v.FirstMonth)).Order());
        // The place's own unions are counted by this test's workers only: 12 concurrent arrivals, one undone.
        Assert.Equal([(202611, 12, 12)], await CountsAsync(place.Grassroots));
        Assert.Equal([(202611, 12, 12)], await CountsAsync(place.County));
        int[] own = [place.County, place.Grassroots];
        Assert.Equal([(202611, 12, 0)], await CellsAsync(place.Grassroots));
        Assert.Equal([(202611, 3, 0)], await CellsAsync(place.County));
        Assert.Equal(rebuilt.Cells.Where(c => own.Contains(c.UnionId)).Select(Cell).Order(),
            (await app.DbAsync(db => db.CellTallies.Where(c => own.Contains(c.UnionId)).ToListAsync())).Select(Cell).Order());
        Assert.Equal(rebuilt.Visitors.Where(v => own.Contains(v.UnionId)).Select(v => (v.UnionId, v.Month, v.Visitors, v.Newcomers)).Order(),
            (await app.DbAsync(db => db.VisitorTallies.Where(v => own.Contains(v.UnionId) && (v.Visitors != 0 || v.Newcomers != 0)).ToListAsync()))
                .Select(v => (v.UnionId, v.Month, v.Visitors, v.Newcomers)).Order());

        // The statistics fixture's counters (written through the same calls) equal the rebuild too.
        var cityUnions = await app.DbAsync(async db =>
        {
            var path = await db.Unions.Where(u => u.Id == fixture.City).Select(u => u.Path).SingleAsync();
            return await db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync();
        });
        var cityKept = await app.DbAsync(db => db.VisitorMonths.Where(v => cityUnions.Contains(v.UnionId)).ToListAsync());
        Assert.Equal(rebuilt.Months.Where(v => cityUnions.Contains(v.UnionId)).Select(v => (v.UnionId, v.Month, v.UserId)).Order(),
            cityKept.Select(v => (v.UnionId, v.Month, v.UserId)).Order());
        Assert.Equal(4, cityKept.Count(v => v.UnionId == fixture.City));
        var cityCounts = await app.DbAsync(db => db.VisitorTallies.Where(v => cityUnions.Contains(v.UnionId) && (v.Visitors != 0 || v.Newcomers != 0)).ToListAsync());
        Assert.Equal(rebuilt.Visitors.Where(v => cityUnions.Contains(v.UnionId)).Select(v => (v.UnionId, v.Month, v.Visitors, v.Newcomers)).Order(),
            cityCounts.Select(v => (v.UnionId, v.Month, v.Visitors, v.Newcomers)).Order());
        var needsKept = await app.DbAsync(db => db.NeedTallies.Where(t => cityUnions.Contains(t.UnionId)).ToListAsync());
        Assert.Equal(rebuilt.Needs.Where(t => cityUnions.Contains(t.UnionId)).Select(t => (t.UnionId, t.Month, t.Needs)).Order(),
            needsKept.Select(t => (t.UnionId, t.Month, t.Needs)).Order());
        Assert.Equal(4, needsKept.Sum(t => t.Needs));
        var cellsKept = await app.DbAsync(db => db.CellTallies.Where(c => cityUnions.Contains(c.UnionId)).ToListAsync());
        // Seats are compared apart (SealSessionSeatsTests): a sealing pass of a test running alongside may move them.
        static bool Tallied(CellTally c) => Cell(c) != (c.UnionId, c.Month, c.SiteKey, 0, 0, 0, 0, 0, 0, 0);
        Assert.Equal(rebuilt.Cells.Where(c => cityUnions.Contains(c.UnionId) && Tallied(c)).Select(Cell).Order(),
            cellsKept.Where(Tallied).Select(Cell).Order());
    }

    private static (int, int, int, int, int, int, int, int, int, int) Cell(CellTally c) =>
        (c.UnionId, c.Month, c.SiteKey, c.CheckIns, c.Attended, c.Feedbacks, c.Ratings, c.Stars, c.Satisfied, c.Low);

    private static (int, int, int, int, int, int, int, int) Tally(SessionTally t) =>
        (t.SessionId, t.CheckIns, t.Attended, t.Feedbacks, t.Ratings, t.Stars, t.Satisfied, t.Low);

    public sealed class OnSqlite(SqliteApp app) : StatisticsTalliesTests(app);

    public sealed class OnPostgres(PostgresApp app) : StatisticsTalliesTests(app);
}
