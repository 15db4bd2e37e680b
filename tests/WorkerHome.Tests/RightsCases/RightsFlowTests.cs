using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.RightsCases;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.RightsCases;

public abstract class RightsFlowTests(TestApp app)
{
    [Fact]
    public async Task A_case_is_assigned_handled_escalated_closed_and_rated_and_the_worker_sees_only_its_steps()
    {
        var scene = await app.RightsSceneAsync(1);
        var worker = scene.Workers[0];
        var id = (await app.SubmitAsync(worker, RightsSceneData.Input(scene.Emeishan))).Case.Id;
        using var emeishan = await app.As("emeishan");
        using var leshan = await app.As("leshan");
        using var workerClient = app.Bearer(worker);
        using var lawyer = app.Bearer(scene.Lawyer.Person);

        var assignees = await (await emeishan.GetAsync($"/api/console/rights/cases/{id}/assignees")).ReadAsync<List<RightsAssignee>>();
        Assert.Contains(assignees, a => a.VolunteerId == scene.Lawyer.Id);
        Assert.Contains(assignees, a => a.Name == "峨眉山市总工会 李红");
        Assert.Contains(assignees, a => a.Name == "乐山市总工会 张敏");
        Assert.DoesNotContain(assignees, a => a.Name == "井研县总工会 王强");
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.AssignAsync(id, scene.Lawyer.Id)).StatusCode);
        Assert.Contains(await app.DbAsync(db => db.Notifications.Where(n => n.UserId == worker.Id).Select(n => n.Title).ToListAsync()),
            t => t.Contains("已分派", StringComparison.Ordinal));

        // The volunteer works the case: a step for the worker, an internal one, a proposal.
        Assert.Contains((await (await lawyer.GetAsync("/api/rights/volunteer/cases")).ReadAsync<List<RightsCaseItem>>()), c => c.Id == id);
        Assert.Equal(HttpStatusCode.NoContent, (await lawyer.PostJsonAsync($"/api/rights/volunteer/cases/{id}/steps",
            new StepInput { Text = "已电话联系职工，约定周五带工资条面谈。", VisibleToWorker = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await lawyer.PostJsonAsync($"/api/rights/volunteer/cases/{id}/steps",
            new StepInput { Text = "内部：用人单位有多起同类投诉。", VisibleToWorker = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await lawyer.PostJsonAsync($"/api/rights/volunteer/cases/{id}/proposal",
            new ProposalInput { Outcome = RightsOutcome.Mediated, Text = "单位同意分期支付" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/steps",
            new StepInput { Text = "内部备注：单位负责人态度消极。", VisibleToWorker = false })).StatusCode);
        var handled = await emeishan.StaffViewAsync(id);
        Assert.Equal(RightsCaseStatus.InProgress, handled.Case.Status);
        Assert.Equal(RightsOutcome.Mediated, handled.ProposedOutcome);
        Assert.Equal("援助律师", handled.Case.AssigneeName);

        // Escalate to 乐山市: the case leaves 峨眉山市's scope and enters 乐山市's; history stays.
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/escalate",
            new EscalateInput { Reason = "涉及跨县用工，需市总协调", Version = handled.Version })).StatusCode);
        await (await emeishan.GetAsync($"/api/console/rights/cases/{id}")).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
        Assert.DoesNotContain((await (await emeishan.GetAsync("/api/console/rights/cases?pageSize=100")).ReadAsync<PagedList<RightsCaseItem>>()).Items, c => c.Id == id);
        var escalated = await leshan.StaffViewAsync(id);
        Assert.Equal(scene.Leshan, escalated.Case.UnionId);
        Assert.Contains(escalated.Steps, s => s.Kind == RightsStepKind.Escalated && s.Text.Contains("由峨眉山市总工会上报至乐山市总工会", StringComparison.Ordinal));
        Assert.Contains(escalated.Steps, s => s.Kind == RightsStepKind.Assigned);

        // Closing needs an outcome.
        var noOutcome = await (await leshan.PostJsonAsync($"/api/console/rights/cases/{id}/close", new CloseInput { Version = escalated.Version }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(noOutcome.Errors().ContainsKey("outcome"));
        await (await leshan.PostJsonAsync($"/api/console/rights/cases/{id}/close", new CloseInput { Outcome = RightsOutcome.Mediated, Version = escalated.Version - 1 }))
            .ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        // Rating an open case is refused.
        await (await workerClient.PostJsonAsync($"/api/rights/my-cases/{id}/rating", new RatingInput { Stars = 5 })).ProblemAsync(HttpStatusCode.Conflict, "rights_case_not_closed");
        Assert.Equal(HttpStatusCode.NoContent, (await leshan.PostJsonAsync($"/api/console/rights/cases/{id}/close",
            new CloseInput { Outcome = RightsOutcome.Mediated, Text = "单位同意分两期补发工资", Version = escalated.Version })).StatusCode);
        await (await leshan.PostJsonAsync($"/api/console/rights/cases/{id}/steps", new StepInput { Text = "再补一句" })).ProblemAsync(HttpStatusCode.Conflict, "rights_case_closed");
        await (await lawyer.PostJsonAsync($"/api/rights/volunteer/cases/{id}/steps", new StepInput { Text = "再补一句" })).ProblemAsync(HttpStatusCode.Conflict, "rights_case_closed");

        // The worker: status, deadlines, and only the steps meant for it.
        var mine = await (await workerClient.GetAsync($"/api/rights/my-cases/{id}")).ReadAsync<RightsCaseDetail>();
        Assert.Equal(RightsCaseStatus.Closed, mine.Case.Status);
        Assert.Equal("调解成功", mine.OutcomeName);
        Assert.True(mine.CanRate);
        Assert.All(mine.Steps, s => Assert.True(s.VisibleToWorker));
        Assert.DoesNotContain(mine.Steps, s => s.Text.Contains("内部", StringComparison.Ordinal));
        Assert.DoesNotContain(mine.Steps, s => s.Kind == RightsStepKind.OutcomeProposed);
        Assert.Contains(mine.Steps, s => s.Text == "已电话联系职工，约定周五带工资条面谈。");
        Assert.Contains(mine.Steps, s => s.Kind == RightsStepKind.Closed);
        var staffSteps = (await leshan.StaffViewAsync(id)).Steps;
        Assert.True(staffSteps.Count > mine.Steps.Count);
        var titles = await app.DbAsync(db => db.Notifications.Where(n => n.UserId == worker.Id).Select(n => n.Title).ToListAsync());
        Assert.Contains(titles, t => t.Contains("有新进展", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("已办结", StringComparison.Ordinal));

        // Rating: bad stars, then once, then never again.
        var bad = await (await workerClient.PostJsonAsync($"/api/rights/my-cases/{id}/rating", new RatingInput { Stars = 6 })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(bad.Errors().ContainsKey("stars"));
        Assert.Equal(HttpStatusCode.NoContent, (await workerClient.PostJsonAsync($"/api/rights/my-cases/{id}/rating", new RatingInput { Stars = 5, Comment = "很及时" })).StatusCode);
        await (await workerClient.PostJsonAsync($"/api/rights/my-cases/{id}/rating", new RatingInput { Stars = 1 })).ProblemAsync(HttpStatusCode.Conflict, "rights_case_rated");
        var rated = await (await workerClient.GetAsync($"/api/rights/my-cases/{id}")).ReadAsync<RightsCaseDetail>();
        Assert.Equal(5, rated.Rating);
        Assert.False(rated.CanRate);

        // Staff writes are in the operation log, without the phone.
        var log = await app.CaseLogAsync(id);
        Assert.Contains(log, l => l.Kind == OperationKind.Updated && (l.After ?? "").Contains("上报", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Kind == OperationKind.Updated && (l.After ?? "").Contains("办结", StringComparison.Ordinal));
        Assert.All(log, l => Assert.DoesNotContain("5678", (l.Before ?? "") + (l.After ?? ""), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_staff_and_volunteer_input_is_refused_and_nothing_changes()
    {
        var scene = await app.RightsSceneAsync(1);
        var id = (await app.SubmitAsync(scene.Workers[0], RightsSceneData.Input(scene.Emeishan))).Case.Id;
        using var emeishan = await app.As("emeishan");
        var seen = await emeishan.StaffViewAsync(id);
        async Task FieldAsync(HttpResponseMessage response, string field) =>
            Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().ContainsKey(field), field);

        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/assign", new AssignInput { Version = seen.Version }), "assignee");
        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/assign", new AssignInput { VolunteerId = scene.Lawyer.Id }), "version");
        var xigu = await app.DbAsync(db => db.Volunteers.Where(v => db.Users.Any(u => u.Id == v.UserId && u.UserName == "volunteer.legal")).Select(v => v.Id).SingleAsync());
        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/assign", new AssignInput { VolunteerId = xigu, Version = seen.Version }), "assignee");
        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/escalate", new EscalateInput { Reason = "", Version = seen.Version }), "reason");
        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/close", new CloseInput { Version = seen.Version }), "outcome");
        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/close", new CloseInput { Outcome = (RightsOutcome)42, Version = seen.Version }), "outcome");
        await FieldAsync(await emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/steps", new StepInput { Text = "" }), "text");
        await FieldAsync(await emeishan.GetAsync("/api/console/rights/cases?pageSize=1000"), "pageSize");
        using var lawyer = app.Bearer(scene.Lawyer.Person);
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.AssignAsync(id, scene.Lawyer.Id)).StatusCode);
        await FieldAsync(await lawyer.PostJsonAsync($"/api/rights/volunteer/cases/{id}/steps", new StepInput { Text = "x" }), "text");
        await FieldAsync(await lawyer.PostJsonAsync($"/api/rights/volunteer/cases/{id}/proposal", new ProposalInput()), "outcome");
        using var worker = app.Bearer(scene.Workers[0]);
        await FieldAsync(await worker.PostJsonAsync($"/api/rights/my-cases/{id}/rating", new RatingInput { Stars = 0 }), "stars");

        // A file that is not a document is refused, and a PDF is kept.
        using var exe = new MultipartFormDataContent { { new ByteArrayContent("MZ not a pdf"u8.ToArray()), "file", "工资条.pdf" } };
        await (await worker.PostAsync($"/api/rights/my-cases/{id}/documents", exe)).ProblemAsync(HttpStatusCode.BadRequest, "upload_refused");
        using var pdf = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 工资条"u8.ToArray()), "file", "工资条.pdf" } };
        var document = await (await worker.PostAsync($"/api/rights/my-cases/{id}/documents", pdf)).ReadAsync<RightsCaseDocumentView>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await emeishan.GetAsync($"/api/console/rights/cases/{id}/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/rights/my-cases/{id}/documents/{document.Id}")).StatusCode);
        using var internalFile = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 内部"u8.ToArray()), "file", "调查记录.pdf" }, { new StringContent("false"), "visibleToWorker" },
        };
        var hidden = await (await emeishan.PostAsync($"/api/console/rights/cases/{id}/documents", internalFile)).ReadAsync<RightsCaseDocumentView>(HttpStatusCode.Created);
        await (await worker.GetAsync($"/api/rights/my-cases/{id}/documents/{hidden.Id}")).ProblemAsync(HttpStatusCode.NotFound, "rights_document_not_found");

        var after = await emeishan.StaffViewAsync(id);
        Assert.Equal(RightsCaseStatus.Assigned, after.Case.Status);
        Assert.Null(after.Outcome);
        Assert.Equal(scene.Emeishan, after.Case.UnionId);
    }

    [Fact]
    public async Task Concurrent_close_and_escalate_from_the_same_view_let_exactly_one_win()
    {
        var scene = await app.RightsSceneAsync(10);
        // 乐山市's staff: the case stays in their scope whichever wins (an escalated case leaves 峨眉山市's sight).
        using var emeishan = await app.As("leshan");
        for (var i = 0; i < scene.Workers.Count; i++)
        {
            var id = (await app.SubmitAsync(scene.Workers[i], RightsSceneData.Input(scene.Emeishan))).Case.Id;
            var seen = await emeishan.StaffViewAsync(id);
            var responses = await Task.WhenAll(
                Task.Run(() => emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/close", new CloseInput { Outcome = RightsOutcome.Withdrawn, Version = seen.Version })),
                Task.Run(() => emeishan.PostJsonAsync($"/api/console/rights/cases/{id}/escalate", new EscalateInput { Reason = "需上级协调", Version = seen.Version })));
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
            var loser = responses.Single(r => r.StatusCode != HttpStatusCode.NoContent);
            await loser.ProblemAsync(HttpStatusCode.Conflict, "stale_version");
            var stored = await app.DbAsync(db => db.RightsCases.AsNoTracking().SingleAsync(c => c.Id == id));
            var closed = stored.Status == RightsCaseStatus.Closed;
            Assert.Equal(closed, stored.UnionId == scene.Emeishan);
            Assert.Equal(2, stored.Version);
            var steps = await app.DbAsync(db => db.RightsCaseSteps.Where(s => s.CaseId == id && (s.Kind == RightsStepKind.Closed || s.Kind == RightsStepKind.Escalated)).CountAsync());
            Assert.Equal(1, steps);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : RightsFlowTests(app);

    public sealed class OnPostgres(PostgresApp app) : RightsFlowTests(app);
}
