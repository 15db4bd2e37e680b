using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Funding;

public abstract class FundingRuleApiTests(TestApp app)
{
    private static FundingRuleInput Input(int unionId) => new()
    {
        UnionId = unionId, ProjectRating = SiteRating.County, Source = FundingSource.SelfRaised, Basis = RuleBasis.Budget,
        MinShareBp = 2000, Required = true, Note = "乐工发〔2026〕1号",
    };

    [Fact]
    public async Task Staff_create_change_and_delete_a_rule_and_the_unions_below_read_it_without_editing()
    {
        var scene = await app.FundingSceneAsync();
        using var county = app.Bearer(scene.CountyStaff);
        var created = await (await county.PostJsonAsync("/api/funding-rules", Input(scene.CountyId))).ReadAsync<FundingRuleItem>(HttpStatusCode.Created);
        Assert.Equal("县级项目的基层自筹：必须安排；不少于项目总预算的 20%", created.Description);

        var change = Input(scene.CountyId) with { MinShareBp = 3000, CapFen = 5_000_000 };
        var changed = await (await county.PutJsonAsync($"/api/funding-rules/{created.Id}", change)).ReadAsync<FundingRuleItem>();
        Assert.Equal(3000, changed.MinShareBp);
        Assert.Equal(5_000_000, (await app.DbAsync(db => db.FundingRules.SingleAsync(r => r.Id == created.Id))).CapFen);

        using var township = app.Bearer(scene.TownshipStaff);
        var seen = await (await township.GetAsync("/api/funding-rules")).ReadAsync<List<FundingRuleItem>>();
        Assert.False(Assert.Single(seen, r => r.Id == created.Id).CanEdit);
        await (await township.DeleteAsync($"/api/funding-rules/{created.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "funding_rule_out_of_scope");

        Assert.Equal(HttpStatusCode.NoContent, (await county.DeleteAsync($"/api/funding-rules/{created.Id}")).StatusCode);
        Assert.False(await app.DbAsync(db => db.FundingRules.AnyAsync(r => r.Id == created.Id)));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "self-raised with a funder level", "funderLevel" },
        { "matching without a funder level", "funderLevel" },
        { "minimum above maximum", "maxShareBp" },
        { "share above 100%", "minShareBp" },
        { "a rule that asks nothing", "minShareBp" },
        { "no rating", "projectRating" },
        { "unknown union", "unionId" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_rules_are_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        var scene = await app.FundingSceneAsync();
        using var county = app.Bearer(scene.CountyStaff);
        var input = change switch
        {
            "self-raised with a funder level" => Input(scene.CountyId) with { FunderLevel = UnionLevel.City },
            "matching without a funder level" => Input(scene.CountyId) with { Source = FundingSource.Matching },
            "minimum above maximum" => Input(scene.CountyId) with { MinShareBp = 5000, MaxShareBp = 4000 },
            "share above 100%" => Input(scene.CountyId) with { MinShareBp = 12_000 },
            "a rule that asks nothing" => Input(scene.CountyId) with { MinShareBp = null, Required = false },
            "no rating" => Input(scene.CountyId) with { ProjectRating = null },
            _ => Input(999_999),
        };
        var problem = await (await county.PostJsonAsync("/api/funding-rules", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.FundingRules.AnyAsync(r => r.UnionId == scene.CountyId)));
    }

    [Fact]
    public async Task Staff_cannot_set_or_change_rules_of_unions_outside_their_subtree()
    {
        var scene = await app.FundingSceneAsync();
        using var township = app.Bearer(scene.TownshipStaff);
        await (await township.PostJsonAsync("/api/funding-rules", Input(scene.CountyId))).ProblemAsync(HttpStatusCode.Forbidden, "funding_rule_out_of_scope");

        var rule = await app.RuleAsync(scene.CountyId, FundingSource.SelfRaised, null, RuleBasis.Budget, minBp: 1000);
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PutJsonAsync($"/api/funding-rules/{rule}", Input(scene.CountyId) with { MinShareBp = 0 }))
            .ProblemAsync(HttpStatusCode.Forbidden, "funding_rule_out_of_scope");
        await (await jingyan.DeleteAsync($"/api/funding-rules/{rule}")).ProblemAsync(HttpStatusCode.Forbidden, "funding_rule_out_of_scope");
        Assert.Equal(1000, (await app.DbAsync(db => db.FundingRules.SingleAsync(r => r.Id == rule))).MinShareBp);
        Assert.DoesNotContain((await (await jingyan.GetAsync("/api/funding-rules")).ReadAsync<List<FundingRuleItem>>()), r => r.Id == rule);
        await (await jingyan.DeleteAsync("/api/funding-rules/999999")).ProblemAsync(HttpStatusCode.NotFound, "funding_rule_not_found");
    }

    [Fact]
    public async Task Anonymous_callers_and_workers_cannot_read_or_write_rules()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/funding-rules")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker02");
        await (await worker.PostJsonAsync("/api/funding-rules", Input(1))).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    public sealed class OnSqlite(SqliteApp app) : FundingRuleApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : FundingRuleApiTests(app);
}
