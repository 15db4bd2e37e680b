using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Planning;

/// <summary>
/// The hand-checked line of <see cref="CoverageGreedyTests"/> as real data: a test county of six townships with
/// profiles, an operating shared site at A, and a seventh township with no profile (it falls back to the county's point).
/// </summary>
public abstract class CoverageTests(TestApp app)
{
    private const double KmPerDegree = 111.19508;

    private static readonly (string Suffix, string Name, double Km, int Workers)[] Line =
    [
        ("001", "甲镇", 0, 100), ("002", "乙镇", 3, 200), ("003", "丙镇", 8.5, 150), ("004", "丁镇", 12, 300), ("005", "戊镇", 14, 50), ("006", "己镇", 30, 80),
    ];

    private static int _counter;

    /// <summary>A county of its own per test, at its own longitude, so no other test's sites come near.</summary>
    private async Task<string> CountyAsync()
    {
        var n = Interlocked.Increment(ref _counter);
        // The counter makes the code unique within the run (two random ones could collide); the random digits
        // keep it apart from a database left by an earlier run.
        var county = $"59{n % 90 + 10}{Random.Shared.Next(1, 9)}{Random.Shared.Next(1, 9)}";
        var longitude = 80 + (n * 1.5) + Random.Shared.NextDouble();
        await app.DbAsync(async db =>
        {
            db.Regions.Add(new Region { Code = county, Name = $"测试县{county}", Level = RegionLevel.County, ParentCode = "510000", Latitude = 35, Longitude = longitude });
            foreach (var t in Line)
            {
                db.Regions.Add(new Region { Code = county + t.Suffix, Name = t.Name, Level = RegionLevel.Township, ParentCode = county });
                db.TownshipProfiles.Add(new TownshipProfile
                {
                    RegionCode = county + t.Suffix, Latitude = 30 + t.Km / KmPerDegree, Longitude = longitude, Workers = t.Workers,
                    Source = "测试", UpdatedAt = TestApp.Now,
                });
            }
            db.Regions.Add(new Region { Code = county + "007", Name = "庚镇", Level = RegionLevel.Township, ParentCode = county });
            await db.SaveChangesAsync();
            var owner = await db.Unions.Where(u => u.Name == "四川省总工会").Select(u => u.Id).SingleAsync();
            db.Sites.Add(new Site
            {
                Name = $"甲镇共享职工之家{county}", Form = SiteForm.Shared, Rating = SiteRating.County, Status = SiteStatus.Operating,
                HostOrganization = "甲镇", UnionId = owner, RegionCode = county + "001", Address = "甲镇", Latitude = 30, Longitude = longitude,
                Version = 1, CreatedAt = TestApp.Now, UpdatedAt = TestApp.Now,
            });
            await db.SaveChangesAsync();
        });
        return county;
    }

    [Fact]
    public async Task Each_township_gets_its_distance_to_the_nearest_operating_shared_site()
    {
        var county = await CountyAsync();
        using var admin = await app.As("admin");
        var report = await (await admin.GetAsync($"/api/coverage/townships?county={county}&thresholdKm=5")).ReadAsync<CoverageReport>();
        Assert.Equal(5, report.ThresholdKm);
        Assert.Equal(7, report.Townships.Count);
        var a = report.Townships.Single(t => t.Name == "甲镇");
        Assert.True(a.Covered);
        Assert.Equal(0, a.DistanceKm);
        Assert.Equal(PointSource.Profile, a.PointSource);
        Assert.Equal(3.0, report.Townships.Single(t => t.Name == "乙镇").DistanceKm);
        Assert.Equal(8.5, report.Townships.Single(t => t.Name == "丙镇").DistanceKm);
        Assert.Equal(30.0, report.Townships.Single(t => t.Name == "己镇").DistanceKm);
        var g = report.Townships.Single(t => t.Name == "庚镇");
        Assert.Equal(PointSource.County, g.PointSource);
        Assert.Equal(0, g.Workers);
        Assert.False(g.Covered);
        // The site at 甲 reaches 乙 (3 km) too. Uncovered first, by workers: 丁 300, 丙 150, 己 80, 戊 50, 庚 0; then 乙 200, 甲 100.
        Assert.Equal(["丁镇", "丙镇", "己镇", "戊镇", "庚镇", "乙镇", "甲镇"], report.Townships.Select(t => t.Name));
        Assert.Equal(new CoverageSummary(2, 7, 300, 880), report.Summary);

        var wider = await (await admin.GetAsync($"/api/coverage/townships?county={county}&thresholdKm=9")).ReadAsync<CoverageReport>();
        Assert.Equal(new CoverageSummary(3, 7, 450, 880), wider.Summary);
    }

    [Fact]
    public async Task Suggestions_follow_the_hand_checked_greedy_choice()
    {
        var county = await CountyAsync();
        using var admin = await app.As("admin");
        var suggestion = await (await admin.GetAsync($"/api/coverage/suggestions?county={county}&count=3&thresholdKm=5")).ReadAsync<CoverageSuggestion>();
        // 甲 and 乙 are covered by the existing site (300 of 880). 丁 adds 丙, 丁, 戊 (500: 34.1% → 90.9%), then 己 (80: → 100%),
        // then 庚, whose only point is the county's, far from everything: it covers itself and no workers, and the choice ends.
        Assert.Equal([county + "004", county + "006", county + "007"], suggestion.Picks.Select(p => p.Code));
        Assert.Equal("第 1 个：建在丁镇，新覆盖丁镇、丙镇、戊镇共 500 名职工，累计覆盖率由 34.1% 升至 90.9%", suggestion.Picks[0].Explanation);
        Assert.Equal(0, suggestion.Picks[2].Workers);
        Assert.Empty(suggestion.Unreachable);
        Assert.Equal(300, suggestion.Before.WorkersCovered);

        var two = await (await admin.GetAsync($"/api/coverage/suggestions?county={county}&count=2&thresholdKm=5")).ReadAsync<CoverageSuggestion>();
        Assert.Equal(2, two.Picks.Count);
        Assert.Equal(["庚镇"], two.Unreachable);
    }

    [Theory]
    [InlineData("/api/coverage/townships?thresholdKm=0.1", "thresholdKm")]
    [InlineData("/api/coverage/townships?thresholdKm=51", "thresholdKm")]
    [InlineData("/api/coverage/townships?county=123", "county")]
    [InlineData("/api/coverage/suggestions?count=0", "count")]
    [InlineData("/api/coverage/suggestions?count=51", "count")]
    public async Task Bad_parameters_are_a_400_naming_the_field(string url, string field)
    {
        using var staff = await app.As("leshan");
        var problem = await (await staff.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
    }

    [Fact]
    public async Task A_county_sees_its_own_townships_only()
    {
        using var jingyan = await app.As("jingyan");
        var report = await (await jingyan.GetAsync("/api/coverage/townships")).ReadAsync<CoverageReport>();
        Assert.NotEmpty(report.Townships);
        Assert.All(report.Townships, t => Assert.StartsWith("511124", t.Code, StringComparison.Ordinal));
        await (await jingyan.GetAsync("/api/coverage/townships?county=511181")).ProblemAsync(HttpStatusCode.Forbidden, "township_out_of_scope");
        using var leshan = await app.As("leshan");
        var city = await (await leshan.GetAsync("/api/coverage/townships")).ReadAsync<CoverageReport>();
        Assert.Contains(city.Townships, t => t.Code.StartsWith("511181", StringComparison.Ordinal));
        Assert.DoesNotContain(city.Townships, t => t.Code.StartsWith("6201", StringComparison.Ordinal));
        using var worker = await app.As("worker05");
        await (await worker.GetAsync("/api/coverage/townships")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Staff_set_a_townships_point_and_workers_within_their_area()
    {
        var county = await CountyAsync();
        using var admin = await app.As("admin");
        var code = county + "007";
        var saved = await (await admin.PutJsonAsync($"/api/coverage/townships/{code}", new TownshipProfileInput { Latitude = 30.01, Longitude = 90, Workers = 42, Source = "2025 年统计年报" }))
            .ReadAsync<TownshipProfileInput>();
        Assert.Equal(42, saved.Workers);
        var profile = await app.DbAsync(db => db.TownshipProfiles.SingleAsync(p => p.RegionCode == code));
        Assert.Equal(30.01, profile.Latitude);

        await (await admin.PutJsonAsync($"/api/coverage/townships/{code}", new TownshipProfileInput { Latitude = 30, Workers = 1 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await admin.PutJsonAsync($"/api/coverage/townships/{county}999", new TownshipProfileInput { Workers = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound, "township_not_found");
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PutJsonAsync("/api/coverage/townships/511124104", new TownshipProfileInput { Workers = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden, "township_out_of_scope");
        await (await emeishan.PutJsonAsync($"/api/coverage/townships/{code}", new TownshipProfileInput { Workers = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden, "township_out_of_scope");
        Assert.Equal(42, await app.DbAsync(db => db.TownshipProfiles.Where(p => p.RegionCode == code).Select(p => p.Workers).SingleAsync()));
    }

    [Fact]
    public async Task The_township_table_exports_to_excel()
    {
        var county = await CountyAsync();
        using var admin = await app.As("admin");
        var response = await admin.GetAsync($"/api/coverage/townships/export.xlsx?county={county}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(7, rows.Count);
        Assert.Equal("丁镇", rows[0]["乡镇（街道）"]?.ToString());
    }

    public sealed class OnSqlite(SqliteApp app) : CoverageTests(app);

    public sealed class OnPostgres(PostgresApp app) : CoverageTests(app);
}
