using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Standards;

public abstract class SiteAssessmentTests(TestApp app)
{
    /// <summary>A site of a fresh township under 峨眉山市 measured by the township's own active standard.</summary>
    private async Task<(int Site, (int Id, int Area, int Hours, int Sign, int Reading) Standard)> SiteWithStandardAsync(bool readingRoom)
    {
        var township = await app.FreshUnionAsync("峨眉山市总工会", UnionLevel.Township);
        var standard = await app.ActiveStandardAsync(township);
        var site = readingRoom ? await app.SiteOfAsync(township, await app.AreaIdAsync("reading_room")) : await app.SiteOfAsync(township);
        return (site, standard);
    }

    private static object Body(string kind, (int Id, int Area, int Hours, int Sign, int Reading) s, decimal area, decimal hours, bool sign) => new
    {
        kind,
        comment = "现场查看",
        answers = new object[]
        {
            new { itemId = s.Area, value = area },
            new { itemId = s.Hours, value = hours },
            new { itemId = s.Sign, met = sign, note = "门口有标牌" },
        },
    };

    [Fact]
    public async Task The_sites_union_assesses_itself_and_the_level_above_inspects()
    {
        var (site, standard) = await SiteWithStandardAsync(readingRoom: true);
        using var emeishan = await app.As("emeishan");
        var self = await (await emeishan.PostJsonAsync($"/api/sites/{site}/assessments", Body("SelfAssessment", standard, 120, 50, true)))
            .ReadAsync<AssessmentView>(HttpStatusCode.Created);
        Assert.Equal(100, self.Score);
        Assert.True(self.Passed);
        Assert.Equal("自评", self.KindName);
        Assert.Equal(standard.Id, self.StandardId);

        var inspection = await (await emeishan.PostJsonAsync($"/api/sites/{site}/assessments", Body("Inspection", standard, 90, 50, true)))
            .ReadAsync<AssessmentView>(HttpStatusCode.Created);
        Assert.Equal(60, inspection.Score);
        Assert.True(inspection.Passed);
        Assert.Equal("峨眉山市总工会", inspection.AssessorUnionName);

        var history = await (await emeishan.GetAsync($"/api/sites/{site}/assessments")).ReadAsync<List<AssessmentView>>();
        Assert.Equal([inspection.Id, self.Id], history.Select(a => a.Id).Order().Reverse());
        var saved = await app.DbAsync(db => db.SiteAssessments.AsNoTracking().SingleAsync(a => a.Id == inspection.Id));
        Assert.Equal(AssessmentKind.Inspection, saved.Kind);
        Assert.Equal(4, saved.Results.Count);
        Assert.Equal("门口有标牌", saved.Results.Single(r => r.ItemId == standard.Sign).Note);
    }

    [Fact]
    public async Task The_standard_check_shows_the_latest_scores_and_the_items_missed()
    {
        var (site, standard) = await SiteWithStandardAsync(readingRoom: false);
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostJsonAsync($"/api/sites/{site}/assessments", Body("SelfAssessment", standard, 80, 50, true)))
            .ReadAsync<AssessmentView>(HttpStatusCode.Created);

        var check = await (await emeishan.GetAsync($"/api/sites/{site}/standard-check")).ReadAsync<StandardCheck>();
        Assert.Equal(standard.Id, check.Standard!.Id);
        Assert.Equal(4, check.Items.Count);
        Assert.Equal(40, check.LatestSelfAssessment!.Score);
        Assert.False(check.LatestSelfAssessment.Passed);
        Assert.Null(check.LatestInspection);
        Assert.Equal([standard.Area, standard.Reading], check.Missed.Select(m => m.ItemId).Order());
        Assert.Equal("≥ 100 平方米", check.Missed.Single(m => m.ItemId == standard.Area).Rule);
        Assert.True(check.CanSelfAssess);
        Assert.True(check.CanInspect);
    }

    [Fact]
    public async Task A_function_area_the_site_lacks_now_is_missed_even_without_an_assessment()
    {
        var (site, standard) = await SiteWithStandardAsync(readingRoom: false);
        using var emeishan = await app.As("emeishan");
        var check = await (await emeishan.GetAsync($"/api/sites/{site}/standard-check")).ReadAsync<StandardCheck>();
        var missed = Assert.Single(check.Missed);
        Assert.Equal(standard.Reading, missed.ItemId);
        Assert.Equal("当前功能区", missed.Source);
    }

    [Fact]
    public async Task Unanswered_items_are_a_400_naming_each_item_and_nothing_is_saved()
    {
        var (site, standard) = await SiteWithStandardAsync(readingRoom: true);
        using var emeishan = await app.As("emeishan");
        var body = new { kind = "SelfAssessment", answers = new object[] { new { itemId = standard.Area, value = 120 } } };
        var problem = await (await emeishan.PostJsonAsync($"/api/sites/{site}/assessments", body)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains($"item{standard.Hours}", problem.Errors().Keys);
        Assert.Contains($"item{standard.Sign}", problem.Errors().Keys);
        Assert.DoesNotContain($"item{standard.Reading}", problem.Errors().Keys);
        Assert.Contains("kind", (await (await emeishan.PostJsonAsync($"/api/sites/{site}/assessments", new { answers = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.False(await app.DbAsync(db => db.SiteAssessments.AnyAsync(a => a.SiteId == site)));
    }

    [Fact]
    public async Task A_union_cannot_inspect_its_own_site()
    {
        var suishan = await app.UnionIdAsync("绥山镇总工会");
        var site = await app.SiteOfAsync(suishan);
        using var township = await app.As("suishan");
        await (await township.PostJsonAsync($"/api/sites/{site}/assessments", new { kind = "Inspection", answers = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.Forbidden, "inspection_by_level_above");
        var county = await app.SiteOfAsync(await app.UnionIdAsync("峨眉山市总工会"));
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostJsonAsync($"/api/sites/{county}/assessments", new { kind = "Inspection", answers = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.Forbidden, "inspection_by_level_above");
        Assert.False(await app.DbAsync(db => db.SiteAssessments.AnyAsync(a => a.SiteId == site || a.SiteId == county)));
    }

    [Fact]
    public async Task Staff_of_another_county_neither_read_nor_assess_the_site()
    {
        var (site, standard) = await SiteWithStandardAsync(readingRoom: true);
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PostJsonAsync($"/api/sites/{site}/assessments", Body("SelfAssessment", standard, 120, 50, true)))
            .ProblemAsync(HttpStatusCode.Forbidden, "assessment_out_of_scope");
        await (await jingyan.GetAsync($"/api/sites/{site}/assessments")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await jingyan.GetAsync($"/api/sites/{site}/standard-check")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        using var xigu = await app.As("xigu");
        await (await xigu.GetAsync($"/api/sites/{site}/standard-check")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        using var worker = await app.As("worker02");
        await (await worker.GetAsync($"/api/sites/{site}/assessments")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var emeishan = await app.As("emeishan");
        await (await emeishan.GetAsync("/api/sites/999999/standard-check")).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await emeishan.PostJsonAsync("/api/sites/999999/assessments", Body("SelfAssessment", standard, 1, 1, true)))
            .ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        Assert.False(await app.DbAsync(db => db.SiteAssessments.AnyAsync(a => a.SiteId == site)));
    }

    [Fact]
    public async Task An_assessment_keeps_its_results_when_an_item_is_later_removed()
    {
        var (site, standard) = await SiteWithStandardAsync(readingRoom: true);
        using var emeishan = await app.As("emeishan");
        var made = await (await emeishan.PostJsonAsync($"/api/sites/{site}/assessments", Body("SelfAssessment", standard, 120, 10, true)))
            .ReadAsync<AssessmentView>(HttpStatusCode.Created);
        await app.DbAsync(db => db.StandardItems.Where(i => i.Id == standard.Hours).ExecuteDeleteAsync());
        var again = (await (await emeishan.GetAsync($"/api/sites/{site}/assessments")).ReadAsync<List<AssessmentView>>()).Single(a => a.Id == made.Id);
        Assert.Equal(80, again.Score);
        Assert.Equal("（检查项已删除）", again.Results.Single(r => r.ItemId == standard.Hours).Title);
        var check = await (await emeishan.GetAsync($"/api/sites/{site}/standard-check")).ReadAsync<StandardCheck>();
        Assert.Equal("（检查项已删除）", Assert.Single(check.Missed).Title);
    }

    public sealed class OnSqlite(SqliteApp app) : SiteAssessmentTests(app);

    public sealed class OnPostgres(PostgresApp app) : SiteAssessmentTests(app);
}
