using System.Net;
using WorkerHome.Features.Statistics;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Statistics;

/// <summary>
/// 成果公示 against numbers counted by hand from <see cref="StatisticsFixture"/>: per menu item, sessions held, confirmed
/// orders, people who came on their order and the stars, public and without personal data.
/// </summary>
public abstract class MonthlyResultsTests(TestApp app)
{
    [Fact]
    public async Task October_in_county_A_counts_the_held_session_its_orders_the_people_who_came_and_their_stars()
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var anonymous = app.Anonymous();
        var r = await (await anonymous.GetAsync($"/api/statistics/results?union={fixture.CountyA}&month=2026-10")).ReadAsync<MonthlyResults>();
        Assert.Equal(("2026-10", fixture.CountyA), (r.Month, r.UnionId));
        // x1 is held (x3 of the same item was cancelled): 3 confirmed orders (one cancelled is not), 2 came on their
        // order (the walk-in does not count), 2 feedbacks of (5+4) and (2+5) stars → 16 / 4 = 4.0; 3 of 4 stars ≥ 4.
        var item = Assert.Single(r.Items);
        Assert.Equal(("统计课程甲", 1, 3, 2, 2, 4.0m), (item.Title, item.Sessions, item.Orders, item.Delivered, item.Ratings, item.AverageStars));
        Assert.Equal((1, 3, 2, 2, 4.0m, 75.0m), (r.Sessions, r.Orders, r.Delivered, r.Ratings, r.AverageStars, r.SatisfiedPercent));
        Assert.Equal([fixture.City, fixture.CountyA, fixture.CountyB], r.Scopes.Where(s => s.CityId == fixture.City).Select(s => s.Id));
        Assert.Contains(r.Scopes, s => s.Name == "乐山市总工会");
    }

    [Fact]
    public async Task November_in_the_whole_city_lists_the_item_with_people_first_and_the_online_one_without_stars()
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var anonymous = app.Anonymous();
        var r = await (await anonymous.GetAsync($"/api/statistics/results?union={fixture.City}&month=2026-11")).ReadAsync<MonthlyResults>();
        Assert.Equal(["统计课程乙", "统计草稿课程"], r.Items.Select(i => i.Title));
        Assert.Equal((1, 1, 1, 1, 4.0m), (r.Items[0].Sessions, r.Items[0].Orders, r.Items[0].Delivered, r.Items[0].Ratings, r.Items[0].AverageStars));
        Assert.Equal((1, 1, 0, 0, (decimal?)null), (r.Items[1].Sessions, r.Items[1].Orders, r.Items[1].Delivered, r.Items[1].Ratings, r.Items[1].AverageStars));
        Assert.Equal((2, 2, 1, 100.0m), (r.Sessions, r.Orders, r.Delivered, r.SatisfiedPercent));
    }

    [Fact]
    public async Task The_page_shows_the_same_figures_without_signing_in()
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var anonymous = app.Anonymous();
        var page = await (await anonymous.GetAsync($"/results?union={fixture.CountyA}&month=2026-10")).TextAsync();
        Assert.Contains("2026年10月", page, StringComparison.Ordinal);
        Assert.Contains("统计课程甲", page, StringComparison.Ordinal);
        Assert.Contains("4.0 分（2 条评价）", page, StringComparison.Ordinal);
        Assert.Contains("满意率（4 星及以上）75%", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("month=2026-13")]
    [InlineData("month=十月")]
    public async Task A_bad_month_is_a_400_naming_the_field_and_the_page_explains_it(string query)
    {
        using var anonymous = app.Anonymous();
        var problem = await (await anonymous.GetAsync($"/api/statistics/results?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors().ContainsKey("month"));
        var page = await (await anonymous.GetAsync($"/results?{query}")).TextAsync();
        Assert.Contains("月份格式应为 yyyy-MM", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grassroots_or_unknown_union_is_a_404()
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync($"/api/statistics/results?union={fixture.Grassroots}&month=2026-10")).ProblemAsync(HttpStatusCode.NotFound, "statistics_union_not_found");
        await (await anonymous.GetAsync("/api/statistics/results?union=987654&month=2026-10")).ProblemAsync(HttpStatusCode.NotFound, "statistics_union_not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : MonthlyResultsTests(app);

    public sealed class OnPostgres(PostgresApp app) : MonthlyResultsTests(app);
}
