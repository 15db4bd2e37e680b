using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Construction;

public abstract class ProjectLifecycleTests(TestApp app)
{
    [Fact]
    public async Task A_project_goes_from_application_to_an_operating_site_that_workers_see()
    {
        using var scene = await app.SceneAsync();
        var draft = await (await scene.Applicant.PostJsonAsync("/api/projects", ConstructionData.Application(scene.TownshipId)))
            .ReadAsync<ProjectDetail>(HttpStatusCode.Created);
        Assert.Equal(ProjectStage.Draft, draft.Stage);
        Assert.Equal(scene.CountyId, draft.ReviewerUnionId);
        Assert.Equal(scene.CountyId, draft.CountyUnionId);
        Assert.Equal(SiteStatus.Planned, draft.SiteStatus);
        Assert.Contains("submit", draft.Actions);

        var assessed = await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/self-assessment", ConstructionData.Answers(scene, true, 120)))
            .ReadAsync<ProjectDetail>();
        Assert.Equal(100, assessed.SelfAssessment!.Score);
        await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", ConstructionData.Pdf(), "申报书.pdf")).ReadAsync<DocumentView>(HttpStatusCode.Created);
        await app.FundAsync(draft.Id);
        var submitted = await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/submit", null)).ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Submitted, submitted.Stage);
        Assert.DoesNotContain("review", submitted.Actions);

        await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/review", new ReviewInput { Score = 90, Decision = "pass" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "not_reviewer");
        var reviewed = await (await scene.Reviewer.PostJsonAsync($"/api/projects/{draft.Id}/review", new ReviewInput { Score = 90, Decision = "pass", Comment = "选址合理" }))
            .ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Reviewed, reviewed.Stage);

        var board = await (await scene.Reviewer.GetAsync("/api/projects/selection?year=2026")).ReadAsync<SelectionBoard>();
        var plan = Assert.Single(board.Plans, p => p.UnionId == scene.CountyId);
        Assert.Equal(100_000_00, plan.RemainingFen);
        Assert.True(Assert.Single(plan.Candidates).Fits);

        var selected = await (await scene.Reviewer.PostAsync($"/api/projects/{draft.Id}/select", null)).ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Selected, selected.Stage);
        Assert.Equal(30_000_00, selected.ApprovedSubsidyFen);
        Assert.Equal(SiteStatus.Building, selected.SiteStatus);
        Assert.Equal(30_000_00, await app.DbAsync(db => db.ConstructionPlans.Where(p => p.Id == scene.PlanId).Select(p => p.CommittedFen).SingleAsync()));
        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scene.ApplicantUserId && n.Title == "你的项目已立项")));

        var template = await (await scene.Applicant.GetAsync("/api/projects/milestone-template")).ReadAsync<List<MilestoneInput>>();
        Assert.Equal(5, template.Count);
        template[0].DueOn = DateOnly.FromDateTime(TestApp.Now.UtcDateTime).AddDays(-3);
        var planned = await (await scene.Applicant.PutJsonAsync($"/api/projects/{draft.Id}/milestones", new MilestonesInput { Milestones = template }))
            .ReadAsync<ProjectDetail>();
        Assert.True(planned.Milestones[0].Late);
        Assert.False(planned.Milestones[1].Late);
        Assert.DoesNotContain("request-acceptance", planned.Actions);

        var first = planned.Milestones[0];
        await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/milestones/{first.Id}/done", new MilestoneDoneInput()))
            .ProblemAsync(HttpStatusCode.Conflict, "evidence_missing");
        foreach (var milestone in planned.Milestones)
        {
            await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/milestones/{milestone.Id}/evidence", ConstructionData.Pdf(), "照片.pdf", kind: null))
                .ReadAsync<DocumentView>(HttpStatusCode.Created);
            await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/milestones/{milestone.Id}/done", new MilestoneDoneInput { Note = "已完成" }))
                .ReadAsync<ProjectDetail>();
        }
        var waiting = await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/request-acceptance", null)).ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.AwaitingAcceptance, waiting.Stage);
        Assert.DoesNotContain(waiting.Milestones, m => m.Late);

        var failed = await (await scene.Reviewer.PostJsonAsync($"/api/projects/{draft.Id}/acceptance", ConstructionData.Answers(scene, true, 80)))
            .ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Selected, failed.Stage);
        Assert.Equal(40, failed.FailedInspection!.Score);
        Assert.Contains(failed.FailedInspection.Missed, m => m.Contains("使用面积", StringComparison.Ordinal));
        Assert.Contains("使用面积", failed.Steps[^1].Comment, StringComparison.Ordinal);

        await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/request-acceptance", null)).ReadAsync<ProjectDetail>();
        var accepted = await (await scene.Reviewer.PostJsonAsync($"/api/projects/{draft.Id}/acceptance", ConstructionData.Answers(scene, true, 150)))
            .ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Accepted, accepted.Stage);
        Assert.Equal(SiteStatus.Operating, accepted.SiteStatus);
        Assert.Equal(100, accepted.Acceptance!.Score);
        var site = await app.SiteAsync(accepted.SiteId);
        Assert.Equal(SiteRating.County, site.Rating);
        var inspection = await app.DbAsync(db => db.SiteAssessments.AsNoTracking().SingleAsync(a => a.Id == accepted.Acceptance.Id));
        Assert.Equal((AssessmentKind.Inspection, draft.Id, scene.CountyId), (inspection.Kind, inspection.ProjectId!.Value, inspection.AssessorUnionId));

        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync($"/api/sites/{accepted.SiteId}")).ReadAsync<SiteDetail>();
        Assert.Equal(
            [ProjectStepKind.Created, ProjectStepKind.Submitted, ProjectStepKind.Reviewed, ProjectStepKind.Selected,
             .. Enumerable.Repeat(ProjectStepKind.MilestoneDone, 5), ProjectStepKind.AcceptanceRequested, ProjectStepKind.AcceptanceFailed,
             ProjectStepKind.AcceptanceRequested, ProjectStepKind.Accepted],
            accepted.Steps.Select(s => s.Kind));
        Assert.All(accepted.Steps, s => Assert.False(string.IsNullOrEmpty(s.ActorName)));
    }

    [Fact]
    public async Task A_returned_application_is_a_draft_the_applicant_edits_again()
    {
        using var scene = await app.SceneAsync();
        var submitted = await app.SubmittedAsync(scene);
        await (await scene.Reviewer.PostJsonAsync($"/api/projects/{submitted.Id}/review", new ReviewInput { Score = 50, Decision = "return" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var returned = await (await scene.Reviewer.PostJsonAsync($"/api/projects/{submitted.Id}/review",
            new ReviewInput { Score = 50, Decision = "return", Comment = "请补充场地平面图" })).ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Draft, returned.Stage);
        var edit = new ProjectEdit
        {
            Year = 2026, Name = returned.Name + "（修改）", Form = SiteForm.Shared, Rating = SiteRating.County, BudgetFen = returned.BudgetFen,
            RequestedSubsidyFen = returned.RequestedSubsidyFen, Version = returned.Version,
        };
        var edited = await (await scene.Applicant.PutJsonAsync($"/api/projects/{submitted.Id}", edit)).ReadAsync<ProjectDetail>();
        Assert.EndsWith("（修改）", edited.Name, StringComparison.Ordinal);
        await (await scene.Applicant.PutJsonAsync($"/api/projects/{submitted.Id}", edit)).ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        await (await scene.Applicant.PostAsync($"/api/projects/{submitted.Id}/submit", null)).ReadAsync<ProjectDetail>();
    }

    [Fact]
    public async Task Passing_over_a_project_needs_a_reason_and_grants_nothing()
    {
        using var scene = await app.SceneAsync();
        var reviewed = await app.ReviewedAsync(scene);
        await (await scene.Reviewer.PostJsonAsync($"/api/projects/{reviewed.Id}/pass-over", new PassOverInput()))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var passed = await (await scene.Reviewer.PostJsonAsync($"/api/projects/{reviewed.Id}/pass-over", new PassOverInput { Comment = "本年度预算优先保障乡镇" }))
            .ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.NotSelected, passed.Stage);
        Assert.Equal(0, await app.DbAsync(db => db.ConstructionPlans.Where(p => p.Id == scene.PlanId).Select(p => p.CommittedFen).SingleAsync()));
        await (await scene.Reviewer.PostAsync($"/api/projects/{reviewed.Id}/select", null)).ProblemAsync(HttpStatusCode.Conflict, "project_wrong_stage");
    }

    [Fact]
    public async Task Selection_beyond_the_remaining_budget_or_without_a_plan_is_refused_and_nothing_changes()
    {
        using var scene = await app.SceneAsync(budgetFen: 20_000_00);
        var reviewed = await app.ReviewedAsync(scene);
        await (await scene.Reviewer.PostAsync($"/api/projects/{reviewed.Id}/select", null)).ProblemAsync(HttpStatusCode.Conflict, "budget_exceeded");
        var project = await app.ProjectAsync(reviewed.Id);
        Assert.Equal((ProjectStage.Reviewed, (long?)null), (project.Stage, project.ApprovedSubsidyFen));
        Assert.Equal(SiteStatus.Planned, (await app.SiteAsync(project.SiteId)).Status);

        await app.DbAsync(db => db.ConstructionPlans.Where(p => p.Id == scene.PlanId).ExecuteDeleteAsync());
        await (await scene.Reviewer.PostAsync($"/api/projects/{reviewed.Id}/select", null)).ProblemAsync(HttpStatusCode.Conflict, "no_plan");
    }

    public sealed class OnSqlite(SqliteApp app) : ProjectLifecycleTests(app);

    public sealed class OnPostgres(PostgresApp app) : ProjectLifecycleTests(app);
}
