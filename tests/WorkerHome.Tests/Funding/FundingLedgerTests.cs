using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Unions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Funding;

public abstract class FundingLedgerTests(TestApp app)
{
    private static FundingLinesInput Lines(params (FundingSource Source, int Funder, long Fen)[] lines) =>
        new() { Lines = [.. lines.Select(l => new FundingLineInput { Source = l.Source, FunderUnionId = l.Funder, AmountFen = l.Fen })] };

    [Fact]
    public async Task The_applicant_saves_an_incomplete_draft_ledger_and_is_told_what_is_missing_then_completes_it()
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, ProjectStage.Draft, budgetFen: 10_000_000, requestedFen: 6_000_000);
        using var township = app.Bearer(scene.TownshipStaff);

        var half = await (await township.PutJsonAsync($"/api/projects/{project}/funding",
            Lines((FundingSource.Subsidy, scene.CountyId, 6_000_000)))).ReadAsync<ProjectFunding>();
        Assert.False(half.IsComplete);
        Assert.Equal(-4_000_000, half.DifferenceFen);
        Assert.Contains(half.Findings, f => f.Contains("相差 -¥40,000.00", StringComparison.Ordinal));
        Assert.Equal("funding_does_not_add_up", (await app.DbAsync(db => FundingLedger.ProblemAsync(db, project, default)))?.Code);

        var full = await (await township.PutJsonAsync($"/api/projects/{project}/funding",
            Lines((FundingSource.Subsidy, scene.CountyId, 6_000_000), (FundingSource.SelfRaised, scene.TownshipId, 4_000_000)))).ReadAsync<ProjectFunding>();
        Assert.True(full.IsComplete);
        Assert.Empty(full.Findings);
        Assert.Equal(2, full.Lines.Count);
        Assert.Null(await app.DbAsync(db => FundingLedger.ProblemAsync(db, project, default)));

        // Replacing keeps the line that stays (same source and funder) and removes the one left out.
        var kept = full.Lines.Single(l => l.Source == FundingSource.Subsidy).Id;
        var again = await (await township.PutJsonAsync($"/api/projects/{project}/funding",
            Lines((FundingSource.Subsidy, scene.CountyId, 6_000_000)))).ReadAsync<ProjectFunding>();
        Assert.Equal(kept, Assert.Single(again.Lines).Id);
    }

    [Fact]
    public async Task The_reviewers_subsidy_must_be_the_subsidy_asked_for()
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, ProjectStage.Draft, budgetFen: 10_000_000, requestedFen: 6_000_000);
        await app.LineAsync(project, FundingSource.Subsidy, scene.CountyId, 5_000_000);
        await app.LineAsync(project, FundingSource.SelfRaised, scene.TownshipId, 5_000_000);
        var problem = await app.DbAsync(db => FundingLedger.ProblemAsync(db, project, default));
        Assert.Equal("funding_does_not_add_up", problem?.Code);
        Assert.Equal(["requestedSubsidyFen"], problem!.Errors!.Keys);
    }

    [Fact]
    public async Task A_broken_rule_of_a_union_above_is_a_409_naming_the_rule_and_rules_elsewhere_do_not_apply()
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, ProjectStage.Draft, budgetFen: 10_000_000, requestedFen: 9_000_000);
        await app.LineAsync(project, FundingSource.Subsidy, scene.CountyId, 9_000_000);
        await app.LineAsync(project, FundingSource.SelfRaised, scene.TownshipId, 1_000_000);
        var elsewhere = await app.FundingSceneAsync();
        await app.RuleAsync(elsewhere.CountyId, FundingSource.SelfRaised, null, RuleBasis.Budget, minBp: 5000);
        Assert.Null(await app.DbAsync(db => FundingLedger.ProblemAsync(db, project, default)));

        var selfRaised = await app.RuleAsync(scene.CountyId, FundingSource.SelfRaised, null, RuleBasis.Budget, minBp: 2000);
        var cap = await app.RuleAsync(scene.CountyId, FundingSource.Subsidy, UnionLevel.County, RuleBasis.Budget, capFen: 9_000_000);
        var problem = await app.DbAsync(db => FundingLedger.ProblemAsync(db, project, default));
        Assert.Equal("funding_rule_broken", problem?.Code);
        Assert.Equal(409, problem!.Status);
        Assert.Equal([$"rule{selfRaised}"], problem.Errors!.Keys);

        using var county = app.Bearer(scene.CountyStaff);
        var ledger = await (await county.GetAsync($"/api/projects/{project}/funding")).ReadAsync<ProjectFunding>();
        Assert.False(ledger.IsComplete);
        Assert.False(ledger.Checks.Single(c => c.RuleId == selfRaised).Passed);
        Assert.Contains("应不少于项目总预算的 20%（¥20,000.00）", ledger.Checks.Single(c => c.RuleId == selfRaised).Sentence, StringComparison.Ordinal);
        Assert.True(ledger.Checks.Single(c => c.RuleId == cap).Passed);
    }

    public static TheoryData<string, string> BadLines => new()
    {
        { "subsidy from the applicant itself", "lines[0].funderUnionId" },
        { "matching from a union not above", "lines[0].funderUnionId" },
        { "self-raised from another union", "lines[0].funderUnionId" },
        { "unknown funder", "lines[0].funderUnionId" },
        { "the same source and funder twice", "lines[1]" },
        { "negative amount", "lines[0].amountFen" },
        { "no source", "lines[0].source" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Bad_lines_are_a_400_naming_the_line_and_the_saved_ledger_is_unchanged(string change, string field)
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, ProjectStage.Draft);
        var saved = await app.LineAsync(project, FundingSource.SelfRaised, scene.TownshipId, 1_000);
        var sibling = await app.UnionUnderAsync(scene.CountyId, UnionLevel.Township, FundingTestData.Unique("邻镇总工会"));
        var input = change switch
        {
            "subsidy from the applicant itself" => Lines((FundingSource.Subsidy, scene.TownshipId, 100)),
            "matching from a union not above" => Lines((FundingSource.Matching, sibling, 100)),
            "self-raised from another union" => Lines((FundingSource.SelfRaised, scene.CountyId, 100)),
            "unknown funder" => Lines((FundingSource.Subsidy, 999_999, 100)),
            "the same source and funder twice" => Lines((FundingSource.Subsidy, scene.CountyId, 100), (FundingSource.Subsidy, scene.CountyId, 200)),
            "negative amount" => Lines((FundingSource.Subsidy, scene.CountyId, -100)),
            _ => new FundingLinesInput { Lines = [new FundingLineInput { FunderUnionId = scene.CountyId, AmountFen = 100 }] },
        };
        using var township = app.Bearer(scene.TownshipStaff);
        var problem = await (await township.PutJsonAsync($"/api/projects/{project}/funding", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        var lines = await app.DbAsync(db => db.FundingLines.Where(l => l.ProjectId == project).ToListAsync());
        Assert.Equal(saved, Assert.Single(lines).Id);
        Assert.Equal(1_000, lines[0].AmountFen);
    }

    [Theory]
    [InlineData(ProjectStage.Submitted)]
    [InlineData(ProjectStage.Selected)]
    public async Task Lines_cannot_change_once_the_project_has_left_draft(ProjectStage stage)
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, stage);
        await app.LineAsync(project, FundingSource.SelfRaised, scene.TownshipId, 1_000);
        using var township = app.Bearer(scene.TownshipStaff);
        await (await township.PutJsonAsync($"/api/projects/{project}/funding", Lines((FundingSource.SelfRaised, scene.TownshipId, 2_000))))
            .ProblemAsync(HttpStatusCode.Conflict, "funding_locked");
        Assert.Equal(1_000, (await app.DbAsync(db => db.FundingLines.SingleAsync(l => l.ProjectId == project))).AmountFen);
    }

    [Fact]
    public async Task Another_countys_staff_can_neither_read_nor_replace_a_ledger_and_a_missing_project_is_a_404()
    {
        var scene = await app.FundingSceneAsync();
        var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, ProjectStage.Draft);
        await app.LineAsync(project, FundingSource.SelfRaised, scene.TownshipId, 1_000);
        using var jingyan = await app.As("jingyan");
        await (await jingyan.GetAsync($"/api/projects/{project}/funding")).ProblemAsync(HttpStatusCode.Forbidden, "project_out_of_scope");
        await (await jingyan.PutJsonAsync($"/api/projects/{project}/funding", Lines((FundingSource.SelfRaised, scene.TownshipId, 5))))
            .ProblemAsync(HttpStatusCode.Forbidden, "project_out_of_scope");
        await (await jingyan.GetAsync($"/api/projects/{project}/payments")).ProblemAsync(HttpStatusCode.Forbidden, "project_out_of_scope");
        Assert.Equal(1_000, (await app.DbAsync(db => db.FundingLines.SingleAsync(l => l.ProjectId == project))).AmountFen);

        await (await jingyan.GetAsync("/api/projects/999999/funding")).ProblemAsync(HttpStatusCode.NotFound, "project_not_found");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync($"/api/projects/{project}/funding")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    public sealed class OnSqlite(SqliteApp app) : FundingLedgerTests(app);

    public sealed class OnPostgres(PostgresApp app) : FundingLedgerTests(app);
}
