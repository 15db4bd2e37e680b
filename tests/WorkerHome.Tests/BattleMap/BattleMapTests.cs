using System.Net;
using WorkerHome.Features.BattleMap;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.BattleMap;

public abstract class BattleMapTests(TestApp app)
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    /// <summary>
    /// A fresh county with a township under a fresh city (the demo's cities keep their counties: other tests count
    /// them), seen by the administrator; the county filter isolates it.
    /// </summary>
    private async Task<(int County, int Township)> FreshCountyAsync()
    {
        var city = await app.UnionUnderAsync(await app.UnionIdAsync("四川省总工会"), UnionLevel.City);
        var county = await app.UnionUnderAsync(city, UnionLevel.County);
        return (county, await app.UnionUnderAsync(county, UnionLevel.Township));
    }

    [Fact]
    public async Task The_board_shows_projects_by_stage_with_the_next_milestone_and_late_ones_counted()
    {
        var (county, township) = await FreshCountyAsync();
        var submitted = await app.ProjectAsync(township, county, ProjectStage.Submitted);
        var building = await app.ProjectAsync(township, county, ProjectStage.Selected, milestones:
            [(Today.AddDays(-12), false), (Today.AddDays(-30), true), (Today.AddDays(-1), false), (Today, false), (Today.AddDays(18), false)]);
        var accepted = await app.ProjectAsync(township, county, ProjectStage.Accepted);
        await app.ProjectAsync(township, county, ProjectStage.Draft);
        await app.ProjectAsync(township, county, ProjectStage.Rejected);
        await app.ProjectAsync(township, county, ProjectStage.NotSelected);
        await app.ProjectAsync(township, county, ProjectStage.Selected, year: 2025);

        using var admin = await app.As("admin");
        var board = await (await admin.GetAsync($"/api/battle-map/board?year=2026&county={county}")).ReadAsync<BattleBoard>();
        Assert.Equal(["已申报", "已评审", "已立项", "待验收", "已验收"], board.Columns.Select(c => c.StageName));
        Assert.Equal([submitted], board.Columns[0].Cards.Select(c => c.Id));
        Assert.Empty(board.Columns[1].Cards);
        var card = Assert.Single(board.Columns[2].Cards);
        Assert.Equal(building, card.Id);
        Assert.Equal(2, card.LateMilestones);
        Assert.Equal("节点1", card.NextMilestone);
        Assert.Equal(Today.AddDays(-12), card.NextMilestoneDue);
        Assert.Equal("¥123,456.00", card.BudgetText);
        Assert.Equal([accepted], board.Columns[4].Cards.Select(c => c.Id));
        Assert.Equal((1, 1, 1), (board.Drafts, board.Rejected, board.NotSelected));
        Assert.Equal(Today, board.Today);
        Assert.Contains(board.Counties, c => c.Id == county);
    }

    [Fact]
    public async Task A_county_sees_neither_another_countys_projects_on_the_board_nor_on_the_map()
    {
        var jingyan = await app.UnionIdAsync("井研县总工会");
        var township = await app.UnionUnderAsync(jingyan, UnionLevel.Township);
        var project = await app.ProjectAsync(township, jingyan, ProjectStage.Selected, milestones: [(Today.AddDays(-3), false)]);

        using var emeishan = await app.As("emeishan");
        var board = await (await emeishan.GetAsync("/api/battle-map/board?year=2026")).ReadAsync<BattleBoard>();
        Assert.DoesNotContain(board.Columns.SelectMany(c => c.Cards), c => c.Id == project);
        var filtered = await (await emeishan.GetAsync($"/api/battle-map/board?year=2026&county={jingyan}")).ReadAsync<BattleBoard>();
        Assert.All(filtered.Columns, c => Assert.Empty(c.Cards));
        Assert.DoesNotContain(filtered.Counties, c => c.Id == jingyan);
        var points = await (await emeishan.GetAsync($"/api/battle-map/points?year=2026&county={jingyan}")).ReadAsync<MapPoints>();
        Assert.Empty(points.Points);

        using var own = await app.As("jingyan");
        var ownBoard = await (await own.GetAsync("/api/battle-map/board?year=2026")).ReadAsync<BattleBoard>();
        Assert.Equal(1, ownBoard.Columns.SelectMany(c => c.Cards).Single(c => c.Id == project).LateMilestones);
        using var xigu = await app.As("xigu");
        Assert.DoesNotContain((await (await xigu.GetAsync("/api/battle-map/points?year=2026")).ReadAsync<MapPoints>()).Points,
            p => p.Kind == "project" && p.Id == project);
    }

    [Fact]
    public async Task The_map_has_the_sites_and_the_years_projects_at_their_sites_points()
    {
        var (county, township) = await FreshCountyAsync();
        var project = await app.ProjectAsync(township, county, ProjectStage.Selected, latitude: 29.55, longitude: 103.41,
            milestones: [(Today.AddDays(-5), false)]);
        await app.ProjectAsync(township, county, ProjectStage.Selected, year: 2027);

        using var admin = await app.As("admin");
        var points = await (await admin.GetAsync($"/api/battle-map/points?year=2026&county={county}")).ReadAsync<MapPoints>();
        Assert.Equal(2, points.Points.Count(p => p.Kind == "site"));
        var marker = Assert.Single(points.Points, p => p.Kind == "project");
        Assert.Equal(project, marker.Id);
        Assert.Equal((29.55, 103.41), (marker.Latitude, marker.Longitude));
        Assert.Equal(("Selected", "已立项", 1), (marker.State, marker.StateName, marker.LateMilestones));
        Assert.Equal(county, marker.CountyUnionId);
        Assert.All(points.Points.Where(p => p.Kind == "site"), p => Assert.Equal("Planned", p.State));
    }

    [Fact]
    public async Task The_ranking_orders_counties_by_completion_of_the_citys_plan_then_by_accepted_then_name()
    {
        var province = await app.UnionIdAsync("四川省总工会");
        var city = await app.UnionUnderAsync(province, UnionLevel.City);
        var a = await app.UnionUnderAsync(city, UnionLevel.County, "测试甲县 " + Guid.NewGuid().ToString("N")[..6]);
        var b = await app.UnionUnderAsync(city, UnionLevel.County, "测试乙县 " + Guid.NewGuid().ToString("N")[..6]);
        var c = await app.UnionUnderAsync(city, UnionLevel.County, "测试丙县 " + Guid.NewGuid().ToString("N")[..6]);
        var d = await app.UnionUnderAsync(city, UnionLevel.County, "测试丁县 " + Guid.NewGuid().ToString("N")[..6]);
        await app.PlanAsync(city, 2026,
            (a, SiteForm.Shared, SiteRating.County, 2), (a, SiteForm.Enterprise, SiteRating.City, 1),
            (b, SiteForm.Shared, SiteRating.County, 1), (c, SiteForm.Shared, SiteRating.County, 1));
        // A: three accepted against a target of two in that cell (two count), none in the other cell: 2 / 3.
        for (var i = 0; i < 3; i++)
        {
            await app.ProjectAsync(a, a, ProjectStage.Accepted);
        }
        await app.ProjectAsync(a, a, ProjectStage.Selected, milestones: [(Today.AddDays(-2), false), (Today.AddDays(-1), false)]);
        await app.ProjectAsync(a, a, ProjectStage.Accepted, year: 2025);
        // B and C both complete their one site; B has accepted two, so it ranks first.
        await app.ProjectAsync(b, b, ProjectStage.Accepted);
        await app.ProjectAsync(b, b, ProjectStage.Accepted);
        await app.ProjectAsync(b, b, ProjectStage.Draft);
        await app.ProjectAsync(c, c, ProjectStage.Accepted);
        await app.ProjectAsync(c, c, ProjectStage.Submitted);
        // D has no target: listed last, unranked.
        await app.ProjectAsync(d, d, ProjectStage.Accepted);

        using var admin = await app.As("admin");
        var ranking = await (await admin.GetAsync($"/api/battle-map/ranking?year=2026&city={city}")).ReadAsync<CountyRanking>();
        Assert.Equal("测试年度计划", ranking.PlanTitle);
        Assert.Equal([b, c, a, d], ranking.Rows.Select(r => r.CountyUnionId));
        Assert.Equal([1, 2, 3, 0], ranking.Rows.Select(r => r.Rank));
        var rowA = ranking.Rows.Single(r => r.CountyUnionId == a);
        Assert.Equal((3, 4, 4, 3, 2, 66.7, 2), (rowA.Target, rowA.Listed, rowA.Selected, rowA.Accepted, rowA.Counted, rowA.CompletionPercent, rowA.LateMilestones));
        var rowB = ranking.Rows.Single(r => r.CountyUnionId == b);
        Assert.Equal((1, 2, 2, 1, 100.0), (rowB.Target, rowB.Listed, rowB.Accepted, rowB.Counted, rowB.CompletionPercent));
        var rowC = ranking.Rows.Single(r => r.CountyUnionId == c);
        Assert.Equal((2, 1, 1), (rowC.Listed, rowC.Selected, rowC.Accepted));
        var rowD = ranking.Rows.Single(r => r.CountyUnionId == d);
        Assert.Equal((0, null, 1), (rowD.Target, rowD.CompletionPercent, rowD.Accepted));

        var noPlan = await (await admin.GetAsync($"/api/battle-map/ranking?year=2030&city={city}")).ReadAsync<CountyRanking>();
        Assert.Null(noPlan.PlanTitle);
        Assert.All(noPlan.Rows, r => Assert.Equal(0, r.Rank));
    }

    [Fact]
    public async Task A_county_sees_every_county_of_its_city_in_the_ranking_but_not_another_citys()
    {
        using var emeishan = await app.As("emeishan");
        var ranking = await (await emeishan.GetAsync("/api/battle-map/ranking?year=2026")).ReadAsync<CountyRanking>();
        Assert.Equal("乐山市总工会", ranking.CityName);
        Assert.Contains(ranking.Rows, r => r.CountyName == "井研县总工会");
        Assert.Contains(ranking.Rows, r => r.CountyName == "峨眉山市总工会");

        var other = await app.UnionUnderAsync(await app.UnionIdAsync("四川省总工会"), UnionLevel.City);
        await (await emeishan.GetAsync($"/api/battle-map/ranking?city={other}")).ProblemAsync(HttpStatusCode.NotFound, "city_not_found");
        using var xigu = await app.As("xigu");
        await (await xigu.GetAsync($"/api/battle-map/ranking?city={ranking.CityUnionId}")).ProblemAsync(HttpStatusCode.NotFound, "city_not_found");
    }

    [Fact]
    public async Task Bad_filters_are_a_400_and_workers_and_anonymous_are_refused()
    {
        using var leshan = await app.As("leshan");
        Assert.Contains("year", (await (await leshan.GetAsync("/api/battle-map/board?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("year", (await (await leshan.GetAsync("/api/battle-map/points?year=abc")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("year", (await (await leshan.GetAsync("/api/battle-map/ranking?year=3000")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        using var worker = await app.As("worker02");
        await (await worker.GetAsync("/api/battle-map/board")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/battle-map/ranking")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    public sealed class OnSqlite(SqliteApp app) : BattleMapTests(app);

    public sealed class OnPostgres(PostgresApp app) : BattleMapTests(app);
}
