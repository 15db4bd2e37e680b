using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Construction;

public abstract class ProjectRulesTests(TestApp app)
{
    public static TheoryData<string, string> BadApplications => new()
    {
        { "empty name", "name" },
        { "subsidy above budget", "requestedSubsidyFen" },
        { "negative budget", "budgetFen" },
        { "no site", "site" },
        { "township outside the county", "site.regionCode" },
        { "not a township code", "site.regionCode" },
        { "latitude outside China", "site.latitude" },
        { "site of another union", "siteId" },
        { "year out of range", "year" },
    };

    [Theory]
    [MemberData(nameof(BadApplications))]
    public async Task A_bad_application_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        using var scene = await app.SceneAsync();
        var input = ConstructionData.Application(scene.TownshipId);
        switch (change)
        {
            case "empty name": input.Name = " "; break;
            case "subsidy above budget": input.RequestedSubsidyFen = input.BudgetFen + 1; break;
            case "negative budget": input.BudgetFen = -1; break;
            case "no site": input.Site = null; break;
            case "township outside the county": input.Site!.RegionCode = "511124104"; break;
            case "not a township code": input.Site!.RegionCode = "511181"; break;
            case "latitude outside China": input.Site!.Latitude = 60; break;
            case "site of another union": input.Site = null; input.SiteId = await app.SiteIdAsync("峨眉山市绥山镇红华苑社区职工之家"); break;
            case "year out of range": input.Year = 1999; break;
        }
        var problem = await (await scene.Applicant.PostJsonAsync("/api/projects", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.ConstructionProjects.AnyAsync(p => p.Name == input.Name)));
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => s.UnionId == scene.TownshipId)));
    }

    [Fact]
    public async Task A_city_does_not_apply_to_itself_and_a_county_applying_goes_to_the_city()
    {
        using var leshan = await app.As("leshan");
        var city = ConstructionData.Application(await app.UnionIdAsync("乐山市总工会"));
        var problem = await (await leshan.PostJsonAsync("/api/projects", city)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("unionId", problem.Errors().Keys);

        using var emeishan = await app.As("emeishan");
        var own = await (await emeishan.PostJsonAsync("/api/projects", ConstructionData.Application(await app.UnionIdAsync("峨眉山市总工会"))))
            .ReadAsync<ProjectDetail>(HttpStatusCode.Created);
        Assert.Equal("乐山市总工会", own.ReviewerName);
        await app.DbAsync(db => db.ConstructionProjects.Where(p => p.Id == own.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, ProjectStage.Submitted)));
        await (await emeishan.PostJsonAsync($"/api/projects/{own.Id}/review", new ReviewInput { Score = 99, Decision = "pass" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "not_reviewer");
        Assert.Equal(ProjectStage.Submitted, (await app.ProjectAsync(own.Id)).Stage);
    }

    [Fact]
    public async Task A_township_cannot_review_its_own_project_and_another_county_does_not_see_it()
    {
        using var suishan = await app.As("suishan");
        var input = ConstructionData.Application(await app.UnionIdAsync("绥山镇总工会"));
        var draft = await (await suishan.PostJsonAsync("/api/projects", input)).ReadAsync<ProjectDetail>(HttpStatusCode.Created);
        Assert.Equal("峨眉山市总工会", draft.ReviewerName);
        await app.DbAsync(db => db.ConstructionProjects.Where(p => p.Id == draft.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stage, ProjectStage.Submitted)));
        await (await suishan.PostJsonAsync($"/api/projects/{draft.Id}/review", new ReviewInput { Score = 100, Decision = "pass" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "not_reviewer");

        using var jingyan = await app.As("jingyan");
        await (await jingyan.GetAsync($"/api/projects/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound, "project_not_found");
        await (await jingyan.PostJsonAsync($"/api/projects/{draft.Id}/review", new ReviewInput { Score = 100, Decision = "reject", Comment = "越权" }))
            .ProblemAsync(HttpStatusCode.NotFound, "project_not_found");
        await (await jingyan.GetAsync($"/api/projects/{draft.Id}/documents/1")).ProblemAsync(HttpStatusCode.NotFound, "project_not_found");
        var list = await (await jingyan.GetAsync($"/api/projects?q={Uri.EscapeDataString(input.Name)}")).ReadAsync<WorkerHome.Infrastructure.Problems.PagedList<ProjectSummary>>();
        Assert.Empty(list.Items);
        Assert.Equal(ProjectStage.Submitted, (await app.ProjectAsync(draft.Id)).Stage);

        using var emeishan = await app.As("emeishan");
        var reviewed = await (await emeishan.PostJsonAsync($"/api/projects/{draft.Id}/review", new ReviewInput { Score = 80, Decision = "reject", Comment = "选址不在规划内" }))
            .ReadAsync<ProjectDetail>();
        Assert.Equal(ProjectStage.Rejected, reviewed.Stage);
        Assert.Equal("峨眉山市总工会", reviewed.Steps[^1].ActorUnionName);
    }

    [Fact]
    public async Task Anonymous_callers_and_workers_reach_no_project()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/projects")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker03");
        await (await worker.PostJsonAsync("/api/projects", ConstructionData.Application(1))).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Submitting_needs_a_self_assessment_a_document_and_a_ledger_that_adds_up()
    {
        using var scene = await app.SceneAsync();
        var draft = await (await scene.Applicant.PostJsonAsync("/api/projects", ConstructionData.Application(scene.TownshipId)))
            .ReadAsync<ProjectDetail>(HttpStatusCode.Created);
        var missing = await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/submit", null)).ProblemAsync(HttpStatusCode.Conflict, "project_not_ready");
        Assert.Equal(["documents", "selfAssessment"], missing.Errors().Keys.Order());

        var unanswered = await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/self-assessment", new ProjectAnswers()))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains($"item{scene.AreaItemId}", unanswered.Errors().Keys);
        await (await scene.Applicant.PostJsonAsync($"/api/projects/{draft.Id}/self-assessment", ConstructionData.Answers(scene, false, 50))).ReadAsync<ProjectDetail>();
        await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", ConstructionData.Pdf(), "申报书.pdf")).ReadAsync<DocumentView>(HttpStatusCode.Created);
        await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/submit", null)).ProblemAsync(HttpStatusCode.Conflict, "funding_does_not_add_up");
        Assert.Equal(ProjectStage.Draft, (await app.ProjectAsync(draft.Id)).Stage);

        await app.FundAsync(draft.Id);
        await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/submit", null)).ReadAsync<ProjectDetail>();
        await (await scene.Applicant.PostAsync($"/api/projects/{draft.Id}/submit", null)).ProblemAsync(HttpStatusCode.Conflict, "project_wrong_stage");
        await (await scene.Reviewer.PostAsync($"/api/projects/{draft.Id}/select", null)).ProblemAsync(HttpStatusCode.Conflict, "project_wrong_stage");
        await (await scene.Applicant.PutJsonAsync($"/api/projects/{draft.Id}/milestones", new MilestonesInput()))
            .ProblemAsync(HttpStatusCode.Conflict, "project_wrong_stage");
    }

    [Fact]
    public async Task A_renamed_program_or_an_oversized_file_is_refused_and_nothing_is_stored()
    {
        using var scene = await app.SceneAsync();
        var draft = await (await scene.Applicant.PostJsonAsync("/api/projects", ConstructionData.Application(scene.TownshipId)))
            .ReadAsync<ProjectDetail>(HttpStatusCode.Created);
        var exe = new byte[2048];
        "MZ"u8.CopyTo(exe);
        var problem = await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", exe, "申报书.pdf"))
            .ProblemAsync(HttpStatusCode.BadRequest, "upload_refused");
        Assert.Contains("file", problem.Errors().Keys);
        await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", ConstructionData.Pdf(10 * 1024 * 1024 + 1), "大文件.pdf"))
            .ProblemAsync(HttpStatusCode.BadRequest, "upload_refused");
        await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", ConstructionData.Pdf(), "a.pdf", kind: "Evidence"))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.False(await app.DbAsync(db => db.ProjectDocuments.AnyAsync(d => d.ProjectId == draft.Id)));
        Assert.False(await app.DbAsync(db => db.StoredFiles.AnyAsync(f => f.UploadedBy == scene.ApplicantUserId)));

        var stored = await (await scene.Applicant.UploadAsync($"/api/projects/{draft.Id}/documents", ConstructionData.Pdf(), "申报书.pdf"))
            .ReadAsync<DocumentView>(HttpStatusCode.Created);
        var download = await scene.Reviewer.GetAsync($"/api/projects/{draft.Id}/documents/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NoContent, (await scene.Applicant.DeleteAsync($"/api/projects/{draft.Id}/documents/{stored.Id}")).StatusCode);
        Assert.False(await app.DbAsync(db => db.StoredFiles.AnyAsync(f => f.UploadedBy == scene.ApplicantUserId)));
    }

    [Fact]
    public async Task Review_scores_and_decisions_are_checked()
    {
        using var scene = await app.SceneAsync();
        var submitted = await app.SubmittedAsync(scene);
        var problem = await (await scene.Reviewer.PostJsonAsync($"/api/projects/{submitted.Id}/review", new ReviewInput { Score = 101, Decision = "maybe" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("score", problem.Errors().Keys);
        Assert.Contains("decision", problem.Errors().Keys);
        await (await scene.Reviewer.GetAsync("/api/projects/999999")).ProblemAsync(HttpStatusCode.NotFound, "project_not_found");
        Assert.Equal(ProjectStage.Submitted, (await app.ProjectAsync(submitted.Id)).Stage);
    }

    public sealed class OnSqlite(SqliteApp app) : ProjectRulesTests(app);

    public sealed class OnPostgres(PostgresApp app) : ProjectRulesTests(app);
}
