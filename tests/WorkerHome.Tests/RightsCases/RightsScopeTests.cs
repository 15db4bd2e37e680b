using System.Net;
using WorkerHome.Features.RightsCases;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.RightsCases;

public abstract class RightsScopeTests(TestApp app)
{
    [Fact]
    public async Task Staff_of_emeishan_and_jingyan_cannot_list_read_assign_escalate_or_close_each_others_cases_and_attempts_are_logged()
    {
        var scene = await app.RightsSceneAsync(2);
        var inEmeishan = (await app.SubmitAsync(scene.Workers[0], RightsSceneData.Input(scene.Emeishan))).Case.Id;
        var inJingyan = (await app.SubmitAsync(scene.Workers[1], RightsSceneData.Input(scene.Jingyan))).Case.Id;
        using var emeishan = await app.As("emeishan");
        using var jingyan = await app.As("jingyan");
        using var leshan = await app.As("leshan");

        foreach (var (client, own, other, name) in new[] { (emeishan, inEmeishan, inJingyan, "emeishan"), (jingyan, inJingyan, inEmeishan, "jingyan") })
        {
            var list = await (await client.GetAsync("/api/console/rights/cases?pageSize=100")).ReadAsync<PagedList<RightsCaseItem>>();
            Assert.Contains(list.Items, c => c.Id == own);
            Assert.DoesNotContain(list.Items, c => c.Id == other);
            var seen = await client.StaffViewAsync(own);
            await (await client.GetAsync($"/api/console/rights/cases/{other}")).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
            await (await client.GetAsync($"/api/console/rights/cases/{other}/assignees")).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
            await (await client.PostJsonAsync($"/api/console/rights/cases/{other}/assign", new AssignInput { VolunteerId = scene.Lawyer.Id, Version = 1 }))
                .ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
            await (await client.PostJsonAsync($"/api/console/rights/cases/{other}/escalate", new EscalateInput { Reason = "越权上报", Version = 1 }))
                .ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
            await (await client.PostJsonAsync($"/api/console/rights/cases/{other}/close", new CloseInput { Outcome = RightsOutcome.Withdrawn, Version = 1 }))
                .ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
            await (await client.PostJsonAsync($"/api/console/rights/cases/{other}/steps", new StepInput { Text = "越权备注" }))
                .ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
            Assert.Equal(1, seen.Version);
            var log = await app.CaseLogAsync(other);
            Assert.True(log.Count(l => l.Kind == OperationKind.Denied && l.UserName == name) >= 6, name);
            Assert.Contains(await app.CaseLogAsync(own), l => l.Kind == OperationKind.Viewed && l.UserName == name);
        }
        var both = await (await leshan.GetAsync("/api/console/rights/cases?pageSize=100")).ReadAsync<PagedList<RightsCaseItem>>();
        Assert.Contains(both.Items, c => c.Id == inEmeishan);
        Assert.Contains(both.Items, c => c.Id == inJingyan);
        var filtered = await (await leshan.GetAsync($"/api/console/rights/cases?pageSize=100&unionId={scene.Jingyan}&category=UnpaidWages&status=Submitted")).ReadAsync<PagedList<RightsCaseItem>>();
        Assert.Contains(filtered.Items, c => c.Id == inJingyan);
        Assert.DoesNotContain(filtered.Items, c => c.Id == inEmeishan);
        Assert.All(both.Items, c => Assert.Matches("^\\d{3}\\*{4}\\d{4}$", c.PhoneMasked));

        // Nothing changed on either side.
        Assert.Equal(RightsCaseStatus.Submitted, (await emeishan.StaffViewAsync(inEmeishan)).Case.Status);
        Assert.Equal(RightsCaseStatus.Submitted, (await jingyan.StaffViewAsync(inJingyan)).Case.Status);
    }

    [Fact]
    public async Task Only_the_assigned_volunteer_and_the_worker_itself_open_a_case_and_a_refused_volunteer_is_logged()
    {
        var scene = await app.RightsSceneAsync(2);
        var id = (await app.SubmitAsync(scene.Workers[0], RightsSceneData.Input(scene.Emeishan))).Case.Id;
        using var emeishan = await app.As("emeishan");
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.AssignAsync(id, scene.Lawyer.Id)).StatusCode);

        using var assigned = app.Bearer(scene.Lawyer.Person);
        using var other = app.Bearer(scene.OtherLawyer.Person);
        var detail = await (await assigned.GetAsync($"/api/rights/volunteer/cases/{id}")).ReadAsync<RightsCaseDetail>();
        Assert.Equal(id, detail.Case.Id);
        Assert.Equal("138****5678", detail.Case.PhoneMasked);
        await (await other.GetAsync($"/api/rights/volunteer/cases/{id}")).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
        await (await other.PostJsonAsync($"/api/rights/volunteer/cases/{id}/steps", new StepInput { Text = "我不是负责人" })).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
        await (await other.PostJsonAsync($"/api/rights/volunteer/cases/{id}/proposal", new ProposalInput { Outcome = RightsOutcome.Litigation }))
            .ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
        Assert.Empty(await (await other.GetAsync("/api/rights/volunteer/cases")).ReadAsync<List<RightsCaseItem>>());
        var log = await app.CaseLogAsync(id);
        Assert.Equal(3, log.Count(l => l.Kind == OperationKind.Denied && l.UserId == scene.OtherLawyer.Person.Id));
        Assert.Contains(log, l => l.Kind == OperationKind.Viewed && l.UserId == scene.Lawyer.Person.Id);

        // A worker, not a volunteer: refused the desk; another worker's case is 404.
        using var stranger = app.Bearer(scene.Workers[1]);
        await (await stranger.GetAsync("/api/rights/volunteer/cases")).ProblemAsync(HttpStatusCode.Forbidden, "not_a_legal_volunteer");
        await (await stranger.GetAsync($"/api/rights/my-cases/{id}")).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
        await (await stranger.PostJsonAsync($"/api/rights/my-cases/{id}/rating", new RatingInput { Stars = 1 })).ProblemAsync(HttpStatusCode.NotFound, "rights_case_not_found");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync("/api/console/rights/cases")).StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : RightsScopeTests(app);

    public sealed class OnPostgres(PostgresApp app) : RightsScopeTests(app);
}
