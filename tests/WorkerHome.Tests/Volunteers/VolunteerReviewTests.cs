using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Volunteers;

public abstract class VolunteerReviewTests(TestApp app)
{
    [Fact]
    public async Task Xigu_staff_find_and_verify_a_Xigu_volunteer_who_gets_the_role_and_a_notice()
    {
        var (person, registered, input) = await app.RegisteredAsync();
        using var xigu = await app.As("xigu");
        var page = await (await xigu.GetAsync($"/api/volunteers?status=Pending&q={Uri.EscapeDataString(input.Organization)}")).ReadAsync<PagedList<VolunteerSummary>>();
        Assert.Equal(registered.Id, Assert.Single(page.Items).Id);
        Assert.Equal("西柳沟街道总工会", page.Items[0].UnionName);
        var bySkill = await (await xigu.GetAsync($"/api/volunteers?skill=法律援助&qualification=Lawyer&unionId={await app.UnionIdAsync("西固区总工会")}&q={Uri.EscapeDataString(input.Organization)}"))
            .ReadAsync<PagedList<VolunteerSummary>>();
        Assert.Single(bySkill.Items);
        var otherSkill = await (await xigu.GetAsync($"/api/volunteers?skill=ChildCare&q={Uri.EscapeDataString(input.Organization)}")).ReadAsync<PagedList<VolunteerSummary>>();
        Assert.Empty(otherSkill.Items);

        var detail = await (await xigu.GetAsync($"/api/volunteers/{registered.Id}")).ReadAsync<VolunteerDetail>();
        Assert.Equal(input.CertificateNumber, detail.CertificateNumber);
        var verified = await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/verify", new { version = detail.Version })).ReadAsync<VolunteerDetail>();
        Assert.Equal(VolunteerStatus.Verified, verified.Status);

        var grant = await app.DbAsync(db => db.RoleGrants.SingleAsync(g => g.UserId == person.Id && g.Role == Role.Volunteer));
        Assert.Equal(input.UnionId, grant.UnionId);
        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == person.Id && n.Title == "志愿者认证已通过")));
        var saved = await app.VolunteerAsync(registered.Id);
        Assert.NotNull(saved.ReviewedBy);
        Assert.NotNull(saved.ReviewedAt);
    }

    [Fact]
    public async Task A_Leshan_county_staff_member_cannot_read_or_decide_on_a_Xigu_volunteer()
    {
        var (person, registered, input) = await app.RegisteredAsync();
        using var jingyan = await app.As("jingyan");
        await (await jingyan.GetAsync($"/api/volunteers/{registered.Id}")).ProblemAsync(HttpStatusCode.NotFound, "volunteer_not_found");
        foreach (var action in new[] { "verify", "reject", "suspend", "reinstate" })
        {
            await (await jingyan.PostJsonAsync($"/api/volunteers/{registered.Id}/{action}", new { reason = "越权" })).ProblemAsync(HttpStatusCode.NotFound, "volunteer_not_found");
        }
        var page = await (await jingyan.GetAsync($"/api/volunteers?q={Uri.EscapeDataString(input.Organization)}")).ReadAsync<PagedList<VolunteerSummary>>();
        Assert.Empty(page.Items);

        var saved = await app.VolunteerAsync(registered.Id);
        Assert.Equal(VolunteerStatus.Pending, saved.Status);
        Assert.Equal(registered.Version, saved.Version);
        Assert.Null(saved.ReviewNote);
        Assert.False(await app.HasVolunteerGrantAsync(person.Id));
        Assert.False(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == person.Id)));
    }

    [Fact]
    public async Task The_city_above_sees_the_volunteer_and_workers_and_unknown_ids_do_not()
    {
        var (_, registered, _) = await app.RegisteredAsync();
        using var admin = await app.As("admin");
        await (await admin.GetAsync($"/api/volunteers/{registered.Id}")).ReadAsync<VolunteerDetail>();
        using var xigu = await app.As("xigu");
        await (await xigu.GetAsync("/api/volunteers/987654")).ProblemAsync(HttpStatusCode.NotFound, "volunteer_not_found");
        await (await xigu.PostJsonAsync("/api/volunteers/987654/verify", new { })).ProblemAsync(HttpStatusCode.NotFound, "volunteer_not_found");
        using var worker = await app.As("worker03");
        await (await worker.GetAsync("/api/volunteers")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await worker.PostJsonAsync($"/api/volunteers/{registered.Id}/verify", new { })).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Reject_and_suspend_need_a_reason()
    {
        var (person, registered, _) = await app.RegisteredAsync();
        using var xigu = await app.As("xigu");
        var problem = await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/reject", new { reason = "  " })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors().ContainsKey("reason"));
        Assert.Equal(VolunteerStatus.Pending, (await app.VolunteerAsync(registered.Id)).Status);

        await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/verify", new { })).ReadAsync<VolunteerDetail>();
        problem = await (await xigu.PostAsync($"/api/volunteers/{registered.Id}/suspend", null)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors().ContainsKey("reason"));
        Assert.Equal(VolunteerStatus.Verified, (await app.VolunteerAsync(registered.Id)).Status);
        Assert.True(await app.HasVolunteerGrantAsync(person.Id));
    }

    [Fact]
    public async Task Suspend_removes_the_role_and_reinstate_gives_it_back()
    {
        var (person, registered, _) = await app.RegisteredAsync();
        using var xigu = await app.As("xigu");
        await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/verify", new { })).ReadAsync<VolunteerDetail>();
        var suspended = await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/suspend", new { reason = "多次未按约服务" })).ReadAsync<VolunteerDetail>();
        Assert.Equal(VolunteerStatus.Suspended, suspended.Status);
        Assert.Equal("多次未按约服务", suspended.ReviewNote);
        Assert.False(await app.HasVolunteerGrantAsync(person.Id));
        Assert.Null(await app.DbAsync(db => VolunteerOf.VerifiedIdAsync(db, person.Id, CancellationToken.None)));

        var reinstated = await (await xigu.PostJsonAsync($"/api/volunteers/{registered.Id}/reinstate", new { version = suspended.Version })).ReadAsync<VolunteerDetail>();
        Assert.Equal(VolunteerStatus.Verified, reinstated.Status);
        Assert.Null(reinstated.ReviewNote);
        Assert.True(await app.HasVolunteerGrantAsync(person.Id));
        Assert.Equal(3, await app.DbAsync(db => db.Notifications.CountAsync(n => n.UserId == person.Id)));
    }

    [Fact]
    public async Task Transitions_from_the_wrong_state_are_409_and_change_nothing()
    {
        var (_, registered, _) = await app.RegisteredAsync();
        using var xigu = await app.As("xigu");
        var url = $"/api/volunteers/{registered.Id}";
        await (await xigu.PostJsonAsync($"{url}/suspend", new { reason = "x" })).ProblemAsync(HttpStatusCode.Conflict, "volunteer_not_verified");
        await (await xigu.PostJsonAsync($"{url}/reinstate", new { })).ProblemAsync(HttpStatusCode.Conflict, "volunteer_not_suspended");
        await (await xigu.PostJsonAsync($"{url}/verify", new { })).ReadAsync<VolunteerDetail>();
        await (await xigu.PostJsonAsync($"{url}/verify", new { })).ProblemAsync(HttpStatusCode.Conflict, "volunteer_not_pending");
        await (await xigu.PostJsonAsync($"{url}/reject", new { reason = "x" })).ProblemAsync(HttpStatusCode.Conflict, "volunteer_not_pending");
        await (await xigu.PostJsonAsync($"{url}/reinstate", new { })).ProblemAsync(HttpStatusCode.Conflict, "volunteer_not_suspended");
        await (await xigu.PostJsonAsync($"{url}/suspend", new { reason = "x", version = 1 })).ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        var saved = await app.VolunteerAsync(registered.Id);
        Assert.Equal(VolunteerStatus.Verified, saved.Status);
        Assert.Equal(2, saved.Version);
    }

    public sealed class OnSqlite(SqliteApp app) : VolunteerReviewTests(app);

    public sealed class OnPostgres(PostgresApp app) : VolunteerReviewTests(app);
}
