using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Account;

public abstract class UserManagementTests(TestApp app)
{
    [Fact]
    public async Task County_staff_list_only_users_of_their_subtree_with_masked_phones()
    {
        using var emeishan = await app.As("emeishan");
        var page = await (await emeishan.GetAsync("/api/users?pageSize=100")).ReadAsync<UserPage>();
        Assert.Contains(page.Items, u => u.UserName == "emeishan");
        Assert.DoesNotContain(page.Items, u => u.UserName is "jingyan" or "xigu" or "leshan" or "admin");
        Assert.All(page.Items.Where(u => u.Phone.Length > 0), u => Assert.Matches(@"^1\d\d\*{4}\d{4}$", u.Phone));

        using var leshan = await app.As("leshan");
        var city = await (await leshan.GetAsync("/api/users?pageSize=100")).ReadAsync<UserPage>();
        Assert.Contains(city.Items, u => u.UserName == "emeishan");
        Assert.Contains(city.Items, u => u.UserName == "jingyan");
        Assert.DoesNotContain(city.Items, u => u.UserName == "xigu");
    }

    [Fact]
    public async Task An_exact_phone_finds_a_user_outside_the_subtree_marked_as_such()
    {
        using var emeishan = await app.As("emeishan");
        var page = await (await emeishan.GetAsync("/api/users?q=13909310001")).ReadAsync<UserPage>();
        var found = Assert.Single(page.Items);
        Assert.Equal("xigu", found.UserName);
        Assert.False(found.InScope);
    }

    [Fact]
    public async Task Staff_create_an_account_and_grant_a_role_inside_their_subtree()
    {
        using var staff = await app.As("emeishan");
        var unionId = await app.UnionIdAsync("红华苑社区工会");
        var userName = "vol" + Guid.NewGuid().ToString("N")[..8];
        var created = await (await staff.PostJsonAsync("/api/users", new { userName, displayName = "社区志愿者", password = "welcome2026", homeUnionId = unionId }))
            .ReadAsync<RegisteredUser>(HttpStatusCode.Created);
        var grant = await (await staff.PostJsonAsync($"/api/users/{created.Id}/grants", new { role = "Volunteer", unionId })).ReadAsync<GrantItem>();
        Assert.Equal(Role.Volunteer, grant.Role);
        await (await staff.PostJsonAsync($"/api/users/{created.Id}/grants", new { role = "Volunteer", unionId })).ProblemAsync(HttpStatusCode.Conflict, "grant_exists");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/users/{created.Id}/grants/{grant.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_county_cannot_grant_on_another_county_nor_make_administrators()
    {
        using var staff = await app.As("emeishan");
        var worker = await app.DbAsync(db => db.Users.Where(u => u.UserName == "worker05").Select(u => u.Id).SingleAsync());
        var jingyan = await app.UnionIdAsync("井研县总工会");
        await (await staff.PostJsonAsync($"/api/users/{worker}/grants", new { role = "Staff", unionId = jingyan })).ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        await (await staff.PostJsonAsync($"/api/users/{worker}/grants", new { role = "SystemAdmin" })).ProblemAsync(HttpStatusCode.Forbidden, "grant_forbidden");
        await (await staff.PostJsonAsync($"/api/users/{worker}/grants", new { role = "Staff" })).ProblemAsync(HttpStatusCode.BadRequest, "grant_needs_union");
        await (await staff.PostJsonAsync($"/api/users/{worker}/grants", new { role = "Emperor" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await staff.PostJsonAsync($"/api/users/{Guid.NewGuid()}/grants", new { role = "Volunteer", unionId = jingyan })).ProblemAsync(HttpStatusCode.NotFound, "user_not_found");
        Assert.False(await app.DbAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == worker && g.Role != Role.Worker)));
    }

    [Fact]
    public async Task A_county_cannot_revoke_a_grant_of_another_county_nor_its_own()
    {
        using var emeishan = await app.As("emeishan");
        var jingyanGrant = await app.DbAsync(db => db.RoleGrants.Where(g => g.Role == Role.Staff && db.Users.Any(u => u.Id == g.UserId && u.UserName == "jingyan"))
            .Select(g => new { g.Id, g.UserId }).SingleAsync());
        await (await emeishan.DeleteAsync($"/api/users/{jingyanGrant.UserId}/grants/{jingyanGrant.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "grant_forbidden");
        var own = await app.DbAsync(db => db.RoleGrants.Where(g => g.Role == Role.Staff && db.Users.Any(u => u.Id == g.UserId && u.UserName == "emeishan"))
            .Select(g => new { g.Id, g.UserId }).SingleAsync());
        await (await emeishan.DeleteAsync($"/api/users/{own.UserId}/grants/{own.Id}")).ProblemAsync(HttpStatusCode.Conflict, "own_grant");
        Assert.True(await app.DbAsync(db => db.RoleGrants.AnyAsync(g => g.Id == jingyanGrant.Id)));
    }

    [Fact]
    public async Task Bad_new_accounts_are_400s_and_duplicates_409s()
    {
        using var staff = await app.As("emeishan");
        var unionId = await app.UnionIdAsync("峨眉山市总工会");
        var bad = await (await staff.PostJsonAsync("/api/users", new { userName = "a b", displayName = "", password = "x", homeUnionId = unionId }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("userName", bad.Errors().Keys);
        await (await staff.PostJsonAsync("/api/users", new { userName = "jingyan", displayName = "重名", password = "welcome2026", homeUnionId = unionId }))
            .ProblemAsync(HttpStatusCode.Conflict, "username_taken");
        await (await staff.PostJsonAsync("/api/users", new { userName = "outsider1", displayName = "越权", password = "welcome2026", homeUnionId = await app.UnionIdAsync("西固区总工会") }))
            .ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked()
    {
        using var staff = await app.As("leshan");
        var unionId = await app.UnionIdAsync("乐山市总工会");
        var userName = "lock" + Guid.NewGuid().ToString("N")[..8];
        var user = await (await staff.PostJsonAsync("/api/users", new { userName, displayName = "待锁定", password = "welcome2026", homeUnionId = unionId }))
            .ReadAsync<RegisteredUser>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/users/{user.Id}/lock", null)).StatusCode);
        var id = user.Id.ToString();
        var lockLogs = await app.DbAsync(db => db.OperationLogs.CountAsync(l => l.EntityType == "AppUser" && l.EntityId == id && l.Kind == WorkerHome.Infrastructure.Auditing.OperationKind.Updated));
        Assert.Equal(1, lockLogs);
        using var anonymous = app.Anonymous();
        await (await anonymous.PostJsonAsync("/api/auth/token", new { userName, password = "welcome2026" })).ProblemAsync(HttpStatusCode.Forbidden, "account_locked");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/users/{user.Id}/lock")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostJsonAsync("/api/auth/token", new { userName, password = "welcome2026" })).StatusCode);

        using var xigu = await app.As("xigu");
        await (await xigu.PostAsync($"/api/users/{user.Id}/lock", null)).ProblemAsync(HttpStatusCode.Forbidden, "user_out_of_scope");
    }

    [Fact]
    public async Task Workers_cannot_manage_users()
    {
        using var worker = await app.As("worker07");
        await (await worker.GetAsync("/api/users")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/users")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var staff = await app.As("xigu");
        await (await staff.GetAsync("/api/users?page=0")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    public sealed class OnSqlite(SqliteApp app) : UserManagementTests(app);

    public sealed class OnPostgres(PostgresApp app) : UserManagementTests(app);
}
