using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Statistics;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Statistics;

/// <summary>
/// Every figure of the dashboard against numbers counted by hand from <see cref="StatisticsFixture"/>: October and
/// November 2026 in a city of its own, read by the system administrator.
/// </summary>
public abstract class StatisticsDashboardTests(TestApp app)
{
    private const string Period = "from=2026-10&to=2026-11";

    private async Task<(StatisticsFixture Fixture, DashboardFigures Figures)> CityAsync(int? union = null)
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var admin = await app.As("admin");
        var figures = await (await admin.GetAsync($"/api/console/statistics/dashboard?union={union ?? fixture.City}&{Period}")).ReadAsync<DashboardFigures>();
        return (fixture, figures);
    }

    [Fact]
    public async Task Sites_are_counted_by_form_rating_status_and_county_without_deleted_ones()
    {
        var (fixture, f) = await CityAsync();
        Assert.Equal(fixture.City, f.Node.Id);
        Assert.Equal(3, f.Sites.Total);
        Assert.Equal([("Enterprise", "主体", 1), ("Mobile", "流动", 1), ("Shared", "共享", 1)], f.Sites.ByForm.Select(c => (c.Key, c.Name, c.Count)).OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(2, f.Sites.ByRating.Single(c => c.Key == "County").Count);
        Assert.Equal(1, f.Sites.ByRating.Single(c => c.Key == "City").Count);
        Assert.Equal(2, f.Sites.ByStatus.Single(c => c.Key == "Operating").Count);
        Assert.Equal(1, f.Sites.ByStatus.Single(c => c.Key == "Suspended").Count);
        Assert.Equal(2, f.Sites.ByCounty.Single(c => c.Key == fixture.CountyA.ToString(System.Globalization.CultureInfo.InvariantCulture)).Count);
        Assert.Equal(1, f.Sites.ByCounty.Single(c => c.Key == fixture.CountyB.ToString(System.Globalization.CultureInfo.InvariantCulture)).Count);
        Assert.Null(f.Coverage);
    }

    [Fact]
    public async Task The_funnel_counts_needs_published_items_confirmed_orders_attended_orders_and_ratings()
    {
        var (_, f) = await CityAsync();
        Assert.Equal([("needs", 3, null), ("menuItems", 2, 66.7m), ("orders", 5, 250.0m), ("delivered", 3, 60.0m), ("rated", 3, 100.0m)],
            f.Funnel.Select(s => (s.Key, s.Count, s.ConversionPercent)));
    }

    [Fact]
    public async Task People_served_satisfaction_and_volunteer_hours()
    {
        var (_, f) = await CityAsync();
        Assert.Equal(new PeopleFigures(3, 4, 4, 1, 0), f.People);
        Assert.Equal(new SatisfactionSection(3, 8, 3.88m, 75.0m, 1), f.Satisfaction);
        Assert.Equal(new VolunteerFigures(1, 1, 2.0), f.Volunteers);
    }

    [Theory]
    [InlineData("from=2026-10&to=2026-11", 3)] // any span: distinct over the month rows
    [InlineData("from=2026-10&to=2026-10", 3)] // one month: the month rows
    [InlineData("from=2026-11&to=2026-11", 1)]
    [InlineData("from=2026-01&to=2026-10", 3)] // January to a month: the year rows by first month
    [InlineData("from=2026-01&to=2026-12", 3)]
    [InlineData("from=2026-01&to=2026-09", 0)]
    [InlineData("from=2025-12&to=2026-11", 3)]
    public async Task Unique_workers_are_counted_once_whatever_the_shape_of_the_period(string period, int workers)
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var admin = await app.As("admin");
        var f = await (await admin.GetAsync($"/api/console/statistics/dashboard?union={fixture.City}&{period}")).ReadAsync<DashboardFigures>();
        Assert.Equal(workers, f.People.UniqueWorkers);
        var county = await (await admin.GetAsync($"/api/console/statistics/dashboard?union={fixture.Grassroots}&{period}")).ReadAsync<DashboardFigures>();
        Assert.Equal(period.Contains("to=2026-09", StringComparison.Ordinal) || period.Contains("to=2026-10", StringComparison.Ordinal) ? 0 : 1,
            county.People.UniqueWorkers);
    }

    [Fact]
    public async Task Rights_cases_aid_and_the_services_without_records_are_counted()
    {
        var (fixture, f) = await CityAsync();
        Assert.Equal(1, f.Rights.Opened);
        Assert.Equal(1, f.Rights.Closed);
        Assert.Equal(1, f.Rights.Open);
        Assert.Equal(("调解成功", 1), f.Rights.ByOutcome.Select(o => (o.Name, o.Count)).Single());
        Assert.Equal(new AidFigures(2, 1, 1, 300_000, 1, 300_000), f.Aid);
        Assert.Equal(new BookingFigures(0, 0, 0, 0), f.Bookings);
        Assert.Equal(new CounsellingFigures(0, 0, 0, 0), f.Counselling);
        Assert.Equal(new TrainingFigures(0, 0, 0, 0), f.Training);
        Assert.Equal(new ConstructionFigures(2026, fixture.CityName, null, 0, 0, 0, null), f.Construction);
    }

    [Fact]
    public async Task Months_follow_Beijing_time_and_sum_to_the_totals()
    {
        var (_, f) = await CityAsync();
        Assert.Equal([new MonthFigures("2026-10", 2, 3, 2, 2, 3.80m), new MonthFigures("2026-11", 1, 2, 1, 1, 4.00m)], f.Months);
    }

    [Fact]
    public async Task Children_drill_down_city_to_counties_county_to_unions_and_itself_grassroots_to_sites()
    {
        var (fixture, city) = await CityAsync();
        Assert.Equal([("union", (int?)fixture.CountyA, 2, 2, 4, 3, 3, (decimal?)3.88m), ("union", fixture.CountyB, 1, 1, 1, 0, 0, null)],
            city.Children.Select(c => (c.Kind, c.Id, c.Sites, c.Needs, c.Orders, c.Delivered, c.Rated, c.AverageStars)));

        var (_, county) = await CityAsync(fixture.CountyA);
        Assert.Equal([("union", (int?)fixture.Grassroots, 1, 0, 1, 1, 1, (decimal?)4.00m), ("self", null, 1, 2, 3, 2, 2, 3.80m)],
            county.Children.Select(c => (c.Kind, c.Id, c.Sites, c.Needs, c.Orders, c.Delivered, c.Rated, c.AverageStars)));

        var (_, grassroots) = await CityAsync(fixture.Grassroots);
        Assert.Equal([("site", (int?)fixture.SiteEnterprise, 1, 0, 1, 1, 1)],
            grassroots.Children.Select(c => (c.Kind, c.Id, c.Sites, c.Needs, c.Orders, c.Delivered, c.Rated)));
        Assert.Equal(1, grassroots.Rights.Opened);
        Assert.Equal(0, grassroots.Aid.Applications);
    }

    [Fact]
    public async Task Coverage_of_a_county_counts_its_townships_and_streets()
    {
        using var staff = await app.As("emeishan");
        var f = await (await staff.GetAsync($"/api/console/statistics/dashboard?{Period}")).ReadAsync<DashboardFigures>();
        Assert.Equal("峨眉山市总工会", f.Node.Name);
        var townships = await app.DbAsync(db => db.Regions.CountAsync(r => r.Level == RegionLevel.Township && r.Code.StartsWith("511181")));
        Assert.NotNull(f.Coverage);
        Assert.Equal(townships, f.Coverage.Townships);
        Assert.InRange(f.Coverage.Covered, 0, townships);
        Assert.Equal(5, f.Coverage.ThresholdKm);
    }

    [Theory]
    [InlineData("emeishan", "井研县总工会")]
    [InlineData("jingyan", "峨眉山市总工会")]
    public async Task Staff_of_one_county_get_404_for_the_other_and_the_attempt_is_logged_as_denied(string user, string other)
    {
        var otherId = await app.UnionIdAsync(other);
        using var staff = await app.As(user);
        await (await staff.GetAsync($"/api/console/statistics/dashboard?union={otherId}")).ProblemAsync(HttpStatusCode.NotFound, "statistics_union_not_found");
        await (await staff.GetAsync($"/api/console/statistics/dashboard.xlsx?union={otherId}")).ProblemAsync(HttpStatusCode.NotFound, "statistics_union_not_found");
        var id = otherId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.DbAsync(db => db.OperationLogs.AnyAsync(l => l.Kind == OperationKind.Denied && l.EntityType == "Statistics" && l.EntityId == id)));
        var city = (await StatisticsFixture.OfAsync(app)).City;
        await (await staff.GetAsync($"/api/console/statistics/dashboard?union={city}")).ProblemAsync(HttpStatusCode.NotFound, "statistics_union_not_found");
    }

    [Fact]
    public async Task The_city_sees_both_counties_as_children_by_default()
    {
        using var staff = await app.As("leshan");
        var f = await (await staff.GetAsync("/api/console/statistics/dashboard")).ReadAsync<DashboardFigures>();
        Assert.Equal("乐山市总工会", f.Node.Name);
        Assert.Equal("2026-01", f.From);
        Assert.Equal("2026-12", f.To);
        Assert.Equal(12, f.Months.Count);
        Assert.Contains(f.Children, c => c.Name == "峨眉山市总工会" && c.Kind == "union");
        Assert.Contains(f.Children, c => c.Name == "井研县总工会" && c.Kind == "union");
        Assert.Equal(f.Sites.Total, f.Children.Sum(c => c.Sites));
        Assert.Equal(f.Funnel.Single(s => s.Key == "orders").Count, f.Children.Sum(c => c.Orders));
    }

    [Theory]
    [InlineData("from=2026-13", "from")]
    [InlineData("from=26-01", "from")]
    [InlineData("to=2026-1", "to")]
    [InlineData("from=2026-11&to=2026-10", "to")]
    [InlineData("from=2024-12&to=2026-12", "to")]
    public async Task Bad_periods_are_a_400_naming_the_field(string query, string field)
    {
        using var staff = await app.As("emeishan");
        var problem = await (await staff.GetAsync($"/api/console/statistics/dashboard?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        await (await staff.GetAsync($"/api/console/statistics/dashboard.xlsx?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Twenty_four_months_are_allowed_an_unknown_union_is_a_404_and_workers_and_anonymous_are_refused()
    {
        using var staff = await app.As("emeishan");
        var f = await (await staff.GetAsync("/api/console/statistics/dashboard?from=2025-01&to=2026-12")).ReadAsync<DashboardFigures>();
        Assert.Equal(24, f.Months.Count);
        await (await staff.GetAsync("/api/console/statistics/dashboard?union=99999999")).ProblemAsync(HttpStatusCode.NotFound, "statistics_union_not_found");
        using var worker = await app.As("worker02");
        await (await worker.GetAsync("/api/console/statistics/dashboard")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/console/statistics/dashboard")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task The_Excel_export_has_a_sheet_per_section_with_the_same_figures()
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var admin = await app.As("admin");
        var response = await admin.GetAsync($"/api/console/statistics/dashboard.xlsx?union={fixture.City}&{Period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("服务漏斗", stream.GetSheetNames());
        var funnel = stream.Query(useHeaderRow: true, sheetName: "服务漏斗").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("5", Convert.ToString(funnel.Single(r => (string?)r["环节"] == "预约下单")["数量"], System.Globalization.CultureInfo.InvariantCulture));
        stream.Position = 0;
        var months = stream.Query(useHeaderRow: true, sheetName: "月度趋势").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["2026-10", "2026-11"], months.Select(m => (string?)m["月份"]));
    }

    public sealed class OnSqlite(SqliteApp app) : StatisticsDashboardTests(app);

    public sealed class OnPostgres(PostgresApp app) : StatisticsDashboardTests(app);
}
