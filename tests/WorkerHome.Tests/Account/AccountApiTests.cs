using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Account;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Account;

public abstract class AccountApiTests(TestApp app)
{
    private static string NewPhone() => "186" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_demo_account_gets_a_bearer_token_that_the_api_accepts()
    {
        using var client = app.Anonymous();
        var token = await (await client.PostJsonAsync("/api/auth/token", new { userName = "xigu", password = "Demo@2026" })).ReadAsync<TokenResponse>();
        Assert.Equal("Bearer", token.TokenType);
        Assert.True(token.ExpiresIn > 3600);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        var me = await (await client.GetAsync("/api/me")).ReadAsync<MeResponse>();
        Assert.Equal("xigu", me.UserName);
        Assert.True(me.IsStaff);
        Assert.Contains(me.Grants, g => g.Role == Role.Staff && g.UnionName == "西固区总工会");
    }

    [Fact]
    public async Task Wrong_credentials_are_a_401_problem()
    {
        using var client = app.Anonymous();
        await (await client.PostJsonAsync("/api/auth/token", new { userName = "xigu", password = "wrong-password1" })).ProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        await (await client.PostJsonAsync("/api/auth/token", new { userName = "nobody", password = "wrong-password1" })).ProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Missing_credentials_are_a_400_naming_the_fields()
    {
        using var client = app.Anonymous();
        var problem = await (await client.PostJsonAsync("/api/auth/token", new { userName = "", password = "" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("userName", problem.Errors().Keys);
        Assert.Contains("password", problem.Errors().Keys);
    }

    [Fact]
    public async Task A_worker_registers_by_phone_and_signs_in_with_it()
    {
        using var client = app.Anonymous();
        var phone = NewPhone();
        var user = await (await client.PostJsonAsync("/api/auth/register", new { phone, password = "hello2026", displayName = "小周" })).ReadAsync<RegisteredUser>(HttpStatusCode.Created);
        Assert.Equal("小周", user.DisplayName);
        Assert.DoesNotContain(phone, user.UserName, StringComparison.Ordinal);

        var token = await (await client.PostJsonAsync("/api/auth/token", new { userName = phone, password = "hello2026" })).ReadAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        var me = await (await client.GetAsync("/api/me")).ReadAsync<MeResponse>();
        Assert.Equal(phone, me.Phone);
        Assert.False(me.IsStaff);

        var stored = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Null(stored.PhoneNumber);
        Assert.DoesNotContain(phone, stored.PhoneCipher!, StringComparison.Ordinal);
        Assert.Equal(phone[..3] + "****" + phone[^4..], stored.PhoneMasked);
    }

    [Fact]
    public async Task A_phone_registers_once()
    {
        using var client = app.Anonymous();
        var phone = NewPhone();
        await (await client.PostJsonAsync("/api/auth/register", new { phone, password = "hello2026", displayName = "甲" })).ReadAsync<RegisteredUser>(HttpStatusCode.Created);
        var problem = await (await client.PostJsonAsync("/api/auth/register", new { phone = "+86 " + phone, password = "hello2026", displayName = "乙" })).ProblemAsync(HttpStatusCode.Conflict, "phone_taken");
        Assert.Contains("phone", problem.Errors().Keys);
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_phone_make_one_account()
    {
        var phone = NewPhone();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = app.Anonymous();
            return (await client.PostJsonAsync("/api/auth/register", new { phone, password = "hello2026", displayName = "并发" + i })).StatusCode;
        }));
        Assert.Equal(1, responses.Count(s => s == HttpStatusCode.Created));
        Assert.All(responses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
    }

    [Theory]
    [InlineData("12345", "hello2026", "小周", "phone")]
    [InlineData("13812345678", "short1", "小周", "password")]
    [InlineData("13812345678", "nodigitsatall", "小周", "password")]
    [InlineData("13812345678", "hello2026", "", "displayName")]
    [InlineData("13812345678", "hello2026", "这个称呼实在是太长了超过了二十个字的限制哦哦哦", "displayName")]
    public async Task Bad_registrations_are_400s_naming_the_field(string phone, string password, string displayName, string field)
    {
        using var client = app.Anonymous();
        var problem = await (await client.PostJsonAsync("/api/auth/register", new { phone, password, displayName })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        using var client = app.Anonymous();
        var phone = NewPhone();
        await (await client.PostJsonAsync("/api/auth/register", new { phone, password = "hello2026", displayName = "锁" })).ReadAsync<RegisteredUser>(HttpStatusCode.Created);
        for (var i = 0; i < 5; i++)
        {
            await client.PostJsonAsync("/api/auth/token", new { userName = phone, password = "nope12345" });
        }
        await (await client.PostJsonAsync("/api/auth/token", new { userName = phone, password = "hello2026" })).ProblemAsync(HttpStatusCode.Forbidden, "account_locked");
    }

    [Fact]
    public async Task Me_needs_a_signed_in_user()
    {
        using var client = app.Anonymous();
        await (await client.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    public sealed class OnSqlite(SqliteApp app) : AccountApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : AccountApiTests(app);
}
