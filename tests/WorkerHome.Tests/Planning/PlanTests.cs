using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Planning;

public abstract class PlanTests(TestApp app)
{
    // Plans are unique per union and year; each test that plans for a demo union takes its own year.
    private async Task<PlanSummary> CreateAsync(string account, int unionId, int year, long budgetFen = 1_000_000_00)
    {
        using var client = await app.As(account);
        var input = new PlanInput { UnionId = unionId, Year = year, Title = $"{year} 年测试计划", BudgetFen = budgetFen, Note = "测试" };
        return await (await client.PostJsonAsync("/api/plans", input)).ReadAsync<PlanSummary>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_city_creates_its_plan_and_counties_below_see_it_read_only()
    {
        var leshan = await app.UnionIdAsync("乐山市总工会");
        var plan = await CreateAsync("leshan", leshan, 2091);
        Assert.Equal(1, plan.Version);
        Assert.True(plan.CanEdit);
        Assert.Equal(0, plan.CommittedFen);

        using var emeishan = await app.As("emeishan");
        var seen = await (await emeishan.GetAsync("/api/plans?year=2091")).ReadAsync<List<PlanSummary>>();
        Assert.False(Assert.Single(seen, p => p.Id == plan.Id).CanEdit);
        using var xigu = await app.As("xigu");
        Assert.DoesNotContain(await (await xigu.GetAsync("/api/plans?year=2091")).ReadAsync<List<PlanSummary>>(), p => p.Id == plan.Id);
        await (await xigu.GetAsync($"/api/plans/{plan.Id}/table")).ProblemAsync(HttpStatusCode.NotFound, "plan_not_found");
        var table = await (await emeishan.GetAsync($"/api/plans/{plan.Id}/table")).ReadAsync<PlanTable>();
        Assert.Equal(11, table.Rows.Count);
        Assert.Equal("县区", table.RowHeader);
    }

    [Fact]
    public async Task A_second_plan_for_the_same_union_and_year_is_a_409()
    {
        var jingyan = await app.UnionIdAsync("井研县总工会");
        await CreateAsync("jingyan", jingyan, 2092);
        using var client = await app.As("jingyan");
        var again = new PlanInput { UnionId = jingyan, Year = 2092, Title = "重复", BudgetFen = 0 };
        await (await client.PostJsonAsync("/api/plans", again)).ProblemAsync(HttpStatusCode.Conflict, "plan_exists");
        Assert.Equal(1, await app.DbAsync(db => db.ConstructionPlans.CountAsync(p => p.UnionId == jingyan && p.Year == 2092)));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty title", "title" },
        { "year out of range", "year" },
        { "negative budget", "budgetFen" },
        { "township union", "unionId" },
        { "unknown union", "unionId" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_plan_input_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        var input = new PlanInput { UnionId = await app.UnionIdAsync("峨眉山市总工会"), Year = 2093, Title = "坏计划 " + Guid.NewGuid().ToString("N")[..6], BudgetFen = 100 };
        switch (change)
        {
            case "empty title": input.Title = " "; break;
            case "year out of range": input.Year = 1999; break;
            case "negative budget": input.BudgetFen = -1; break;
            case "township union": input.UnionId = await app.UnionIdAsync("绥山镇总工会"); break;
            case "unknown union": input.UnionId = 999_999; break;
        }
        using var client = await app.As("emeishan");
        var problem = await (await client.PostJsonAsync("/api/plans", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.ConstructionPlans.AnyAsync(p => p.Title == input.Title || (p.Year == 2093 && p.UnionId == input.UnionId))));
    }

    [Fact]
    public async Task A_county_cannot_plan_for_change_or_set_targets_of_the_city()
    {
        var leshan = await app.UnionIdAsync("乐山市总工会");
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostJsonAsync("/api/plans", new PlanInput { UnionId = leshan, Year = 2094, Title = "越权", BudgetFen = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden, "plan_out_of_scope");

        var plan = await CreateAsync("leshan", leshan, 2094);
        var update = new PlanUpdate { Title = "改名", BudgetFen = 5, Version = plan.Version };
        await (await emeishan.PutJsonAsync($"/api/plans/{plan.Id}", update)).ProblemAsync(HttpStatusCode.Forbidden, "plan_out_of_scope");
        var county = await app.UnionIdAsync("峨眉山市总工会");
        var targets = new PlanTargetsInput { Cells = [new() { CountyUnionId = county, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 9 }] };
        await (await emeishan.PutJsonAsync($"/api/plans/{plan.Id}/targets", targets)).ProblemAsync(HttpStatusCode.Forbidden, "plan_out_of_scope");
        Assert.False(await app.DbAsync(db => db.PlanTargets.AnyAsync(t => t.PlanId == plan.Id)));
        Assert.Equal(plan.Title, await app.DbAsync(db => db.ConstructionPlans.Where(p => p.Id == plan.Id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Missing_plans_are_404_and_workers_and_anonymous_are_refused()
    {
        using var staff = await app.As("leshan");
        await (await staff.GetAsync("/api/plans/999999/table")).ProblemAsync(HttpStatusCode.NotFound, "plan_not_found");
        await (await staff.PutJsonAsync("/api/plans/999999", new PlanUpdate { Title = "x", Version = 1 })).ProblemAsync(HttpStatusCode.NotFound, "plan_not_found");
        using var worker = await app.As("worker04");
        await (await worker.GetAsync("/api/plans")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/plans")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task An_update_needs_the_current_version_and_keeps_the_budget_above_what_is_committed()
    {
        var city = await app.TestCityAsync();
        var plan = await CreateAsync("admin", city.CityId, 2026, budgetFen: 500_000_00);
        await app.DbAsync(db => db.ConstructionPlans.Where(p => p.Id == plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedFen, 300_000_00)));
        using var admin = await app.As("admin");

        await (await admin.PutJsonAsync($"/api/plans/{plan.Id}", new PlanUpdate { Title = "新名", BudgetFen = 400_000_00, Version = 7 }))
            .ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        var below = await (await admin.PutJsonAsync($"/api/plans/{plan.Id}", new PlanUpdate { Title = "新名", BudgetFen = 299_999_99, Version = 1 }))
            .ProblemAsync(HttpStatusCode.Conflict, "budget_below_committed");
        Assert.Contains("budgetFen", below.Errors().Keys);
        await (await admin.PutJsonAsync($"/api/plans/{plan.Id}", new PlanUpdate { Title = "新名", BudgetFen = 400_000_00 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(500_000_00, await app.DbAsync(db => db.ConstructionPlans.Where(p => p.Id == plan.Id).Select(p => p.BudgetFen).SingleAsync()));

        var updated = await (await admin.PutJsonAsync($"/api/plans/{plan.Id}", new PlanUpdate { Title = "新名", BudgetFen = 300_000_00, Version = 1 }))
            .ReadAsync<PlanSummary>();
        Assert.Equal(2, updated.Version);
        Assert.Equal(0, updated.RemainingFen);
    }

    [Fact]
    public async Task The_table_counts_targets_and_projects_per_county_form_and_rating()
    {
        var city = await app.TestCityAsync();
        var plan = await CreateAsync("admin", city.CityId, 2026);
        using var admin = await app.As("admin");
        var targets = new PlanTargetsInput
        {
            Cells =
            [
                new() { CountyUnionId = city.CountyAId, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 2 },
                new() { CountyUnionId = city.CountyAId, Form = SiteForm.Enterprise, Rating = SiteRating.City, Count = 1 },
                new() { CountyUnionId = city.CountyBId, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 4 },
            ],
        };
        await (await admin.PutJsonAsync($"/api/plans/{plan.Id}/targets", targets)).ReadAsync<PlanTable>();

        // County A, 共享·县级 (target 2): three accepted (one more than the target), one drafted, one rejected.
        foreach (var stage in new[] { ProjectStage.Accepted, ProjectStage.Accepted, ProjectStage.Accepted, ProjectStage.Draft, ProjectStage.Rejected })
        {
            await app.AddProjectAsync(city, city.TownshipId, city.CountyAId, 2026, SiteForm.Shared, SiteRating.County, stage);
        }
        // County A, 主体·市级 (target 1): one submitted, one selected. County B, 共享·县级 (target 4): one awaiting acceptance, one accepted.
        await app.AddProjectAsync(city, city.CountyAId, city.CountyAId, 2026, SiteForm.Enterprise, SiteRating.City, ProjectStage.Submitted);
        await app.AddProjectAsync(city, city.CountyAId, city.CountyAId, 2026, SiteForm.Enterprise, SiteRating.City, ProjectStage.Selected);
        await app.AddProjectAsync(city, city.CountyBId, city.CountyBId, 2026, SiteForm.Shared, SiteRating.County, ProjectStage.AwaitingAcceptance);
        await app.AddProjectAsync(city, city.CountyBId, city.CountyBId, 2026, SiteForm.Shared, SiteRating.County, ProjectStage.Accepted);
        // Another year does not count.
        await app.AddProjectAsync(city, city.CountyBId, city.CountyBId, 2025, SiteForm.Shared, SiteRating.County, ProjectStage.Accepted);

        var table = await (await admin.GetAsync($"/api/plans/{plan.Id}/table")).ReadAsync<PlanTable>();
        Assert.Equal([city.CountyAName, city.CountyBName], table.Rows.Select(r => r.UnionName));
        Assert.Equal(9, table.Columns.Count);
        Assert.Equal("主体·省级", table.Columns[0].Label);
        Assert.Equal("流动·县级", table.Columns[8].Label);
        var sharedCounty = Index(table, SiteForm.Shared, SiteRating.County);
        var enterpriseCity = Index(table, SiteForm.Enterprise, SiteRating.City);

        var a = table.Rows[0];
        Assert.Equal(new PlanCell(2, 3, 3, 3, 2, 1.0), a.Cells[sharedCounty]);
        Assert.Equal(new PlanCell(1, 2, 1, 0, 0, 0.0), a.Cells[enterpriseCity]);
        // County A: min(3,2) + min(0,1) = 2 of 3 — the surplus in one cell does not make up for the other.
        Assert.Equal(3, a.Total.Target);
        Assert.Equal(2, a.Total.Achieved);
        Assert.Equal(2.0 / 3, a.Total.Completion!.Value, 6);

        var b = table.Rows[1];
        Assert.Equal(new PlanCell(4, 2, 2, 1, 1, 0.25), b.Cells[sharedCounty]);
        Assert.Null(b.Cells[enterpriseCity].Completion);

        Assert.Equal(new PlanCell(6, 5, 5, 4, 3, 0.5), table.Totals[sharedCounty]);
        Assert.Equal(7, table.Total.Target);
        Assert.Equal(3, table.Total.Achieved);
        Assert.Equal(3.0 / 7, table.Total.Completion!.Value, 6);
    }

    [Fact]
    public async Task Targets_are_checked_cell_by_cell_and_nothing_is_saved_on_error()
    {
        var city = await app.TestCityAsync();
        var plan = await CreateAsync("admin", city.CityId, 2026);
        using var admin = await app.As("admin");
        var outsider = await app.UnionIdAsync("西固区总工会");
        var tooMany = new PlanTargetsInput { Cells = [new() { CountyUnionId = city.CountyAId, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 1001 }] };
        var problem = await (await admin.PutJsonAsync($"/api/plans/{plan.Id}/targets", tooMany)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("cells[0].count", problem.Errors().Keys);

        var targets = new PlanTargetsInput
        {
            Cells =
            [
                new() { CountyUnionId = city.CountyAId, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 1 },
                new() { CountyUnionId = outsider, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 1 },
                new() { CountyUnionId = city.CountyBId, Form = SiteForm.Mobile, Rating = SiteRating.City, Count = 1 },
                new() { CountyUnionId = city.CountyBId, Form = SiteForm.Mobile, Rating = SiteRating.City, Count = 2 },
                new() { CountyUnionId = city.TownshipId, Form = SiteForm.Mobile, Rating = SiteRating.City, Count = 2 },
            ],
        };
        problem = await (await admin.PutJsonAsync($"/api/plans/{plan.Id}/targets", targets)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.Errors();
        Assert.Contains("cells[1].countyUnionId", errors.Keys);
        Assert.Contains("cells[3]", errors.Keys);
        Assert.Contains("cells[4].countyUnionId", errors.Keys);
        Assert.DoesNotContain("cells[0].countyUnionId", errors.Keys);
        Assert.DoesNotContain("cells[2]", errors.Keys);
        Assert.False(await app.DbAsync(db => db.PlanTargets.AnyAsync(t => t.PlanId == plan.Id)));
    }

    [Fact]
    public async Task Targets_are_a_set_cells_left_out_are_cleared()
    {
        var city = await app.TestCityAsync();
        var plan = await CreateAsync("admin", city.CityId, 2026);
        using var admin = await app.As("admin");
        var first = new PlanTargetsInput
        {
            Cells =
            [
                new() { CountyUnionId = city.CountyAId, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 3 },
                new() { CountyUnionId = city.CountyBId, Form = SiteForm.Mobile, Rating = SiteRating.County, Count = 1 },
            ],
        };
        await (await admin.PutJsonAsync($"/api/plans/{plan.Id}/targets", first)).ReadAsync<PlanTable>();
        var second = new PlanTargetsInput { Cells = [new() { CountyUnionId = city.CountyBId, Form = SiteForm.Mobile, Rating = SiteRating.County, Count = 5 }] };
        var table = await (await admin.PutJsonAsync($"/api/plans/{plan.Id}/targets", second)).ReadAsync<PlanTable>();
        Assert.Equal(5, table.Total.Target);
        var saved = await app.DbAsync(db => db.PlanTargets.Where(t => t.PlanId == plan.Id).ToListAsync());
        Assert.Equal(5, Assert.Single(saved).Count);
    }

    [Fact]
    public async Task A_county_plan_has_its_township_unions_as_rows()
    {
        var city = await app.TestCityAsync();
        var plan = await CreateAsync("admin", city.CountyAId, 2026);
        using var admin = await app.As("admin");
        var table = await (await admin.GetAsync($"/api/plans/{plan.Id}/table")).ReadAsync<PlanTable>();
        Assert.Equal("乡镇（街道）", table.RowHeader);
        Assert.Equal(city.TownshipId, Assert.Single(table.Rows).UnionId);
    }

    private static int Index(PlanTable table, SiteForm form, SiteRating rating) =>
        table.Columns.Select((c, i) => (c, i)).Single(x => x.c.Form == form && x.c.Rating == rating).i;

    public sealed class OnSqlite(SqliteApp app) : PlanTests(app);

    public sealed class OnPostgres(PostgresApp app) : PlanTests(app);
}
