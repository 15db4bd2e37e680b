using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Account;

/// <summary>A host with <c>Auth:StaffTwoFactor=Required</c>, as production runs.</summary>
public sealed class TwoFactorRequiredSqliteApp : SqliteApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Auth:StaffTwoFactor"] = "Required";
    }
}

/// <summary>
/// Staff two-factor sign-in with Identity's authenticator provider; codes computed here with Otp.NET. Every test makes
/// its own staff account, so the demo accounts other tests sign in with keep their passwords only.
/// </summary>
public abstract class TwoFactorTests(TestApp app)
{
    internal const string Password = "Welcome2026";

    [Fact]
    public async Task Staff_enrol_over_http_with_the_key_stored_encrypted_then_the_token_needs_a_fresh_code_or_a_recovery_code_once()
    {
        var (id, name) = await NewStaffAsync(app, "峨眉山市总工会");
        using var staff = await app.As(name, Password);
        var setup = await (await staff.PostAsync("/api/me/two-factor/key", null)).ReadAsync<TwoFactorSetup>();
        Assert.StartsWith("otpauth://totp/", setup.OtpAuthUri, StringComparison.Ordinal);
        Assert.Contains("secret=" + setup.Key, setup.OtpAuthUri, StringComparison.Ordinal);
        var again = await (await staff.PostAsync("/api/me/two-factor/key", null)).ReadAsync<TwoFactorSetup>();
        Assert.Equal(setup.Key, again.Key);

        var raw = await app.DbAsync(db => db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleAsync());
        Assert.NotNull(raw);
        Assert.DoesNotContain(setup.Key, raw, StringComparison.OrdinalIgnoreCase);

        // Kept, not computed again: a 30-second step may end between here and the reuse below, and the code of the
        // next step is a fresh one that must be accepted.
        var enrolment = Code(setup.Key, 0);
        var codes = await (await staff.PostJsonAsync("/api/me/two-factor/enable", new { code = enrolment })).ReadAsync<RecoveryCodes>();
        Assert.Equal(10, codes.Codes.Count);
        Assert.True(await app.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var rawCodes = await app.DbAsync(db => db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync());
        Assert.DoesNotContain(codes.Codes[0], rawCodes!, StringComparison.Ordinal);
        var status = await (await staff.GetAsync("/api/me/two-factor")).ReadAsync<TwoFactorStatus>();
        Assert.True(status.Enabled);
        Assert.Equal(10, status.RecoveryCodesLeft);

        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "two_factor_required");
        var wrong = enrolment == "000000" ? "111111" : "000000";
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = wrong }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "two_factor_invalid");
        // The code confirmed enrolment: used once, refused again.
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = enrolment }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "two_factor_invalid");
        var next = Code(setup.Key, 1);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = next })).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = next }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "two_factor_invalid");

        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = codes.Codes[3] })).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = codes.Codes[3] }))
            .ProblemAsync(HttpStatusCode.Unauthorized, "two_factor_invalid");
    }

    [Fact]
    public async Task Of_four_concurrent_sign_ins_with_the_same_fresh_code_exactly_one_gets_a_token()
    {
        var (_, name) = await NewStaffAsync(app, "峨眉山市总工会");
        var key = await EnrolAsync(name);
        var code = Code(key, 1);
        var replies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = app.Anonymous();
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })));
        Assert.Equal(1, replies.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(replies.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Contains("two_factor_invalid", r.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Bad_codes_are_refused_with_a_clear_problem_and_nothing_changes()
    {
        var (id, name) = await NewStaffAsync(app, "峨眉山市总工会");
        using var staff = await app.As(name, Password);
        var setup = await (await staff.PostAsync("/api/me/two-factor/key", null)).ReadAsync<TwoFactorSetup>();
        foreach (var bad in new[] { "", "abcdef", "1234567" })
        {
            var problem = await (await staff.PostJsonAsync("/api/me/two-factor/enable", new { code = bad })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(problem.Errors().ContainsKey("code"), bad);
        }
        await (await staff.PostJsonAsync("/api/me/two-factor/disable", new { code = "12a456" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = Password, code = "1234567" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        await (await staff.PostJsonAsync("/api/me/two-factor/disable", new { code = Code(setup.Key, 0) })).ProblemAsync(HttpStatusCode.Conflict, "two_factor_not_enabled");
    }

    [Fact]
    public async Task In_optional_mode_an_unenrolled_staff_member_signs_in_with_the_password_and_a_worker_cannot_enrol()
    {
        var (_, name) = await NewStaffAsync(app, "峨眉山市总工会");
        using var staff = await app.As(name, Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/users?pageSize=1")).StatusCode);
        using var worker = await app.As("worker01");
        await (await worker.PostAsync("/api/me/two-factor/key", null)).ProblemAsync(HttpStatusCode.Forbidden, "two_factor_staff_only");
    }

    [Fact]
    public async Task The_form_sends_an_enrolled_staff_member_to_the_code_page_then_signs_them_in()
    {
        var (_, name) = await NewStaffAsync(app, "峨眉山市总工会");
        var key = await EnrolAsync(name);
        using var browser = app.Anonymous();
        var password = await Security.LoginForm.PostAsync(browser, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/login/2fa", password.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);

        var page = await (await browser.GetAsync("/login/2fa")).TextAsync();
        Assert.Contains("autocomplete=\"one-time-code\"", page, StringComparison.Ordinal);
        Assert.Contains("使用恢复码", page, StringComparison.Ordinal);
        var wrong = await PostCodeAsync(browser, page, "12345");
        Assert.Contains("验证码为6位数字", await wrong.TextAsync(), StringComparison.Ordinal);
        var right = await PostCodeAsync(browser, page, Code(key, 1));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/console/sites", right.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task County_staff_reset_two_factor_only_inside_their_subtree()
    {
        var (jingyanId, jingyanStaff) = await NewStaffAsync(app, "井研县总工会");
        await EnrolAsync(jingyanStaff);
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostAsync($"/api/users/{jingyanId}/two-factor/reset", null)).ProblemAsync(HttpStatusCode.Forbidden, "user_out_of_scope");
        Assert.True(await app.DbAsync(db => db.Users.Where(u => u.Id == jingyanId).Select(u => u.TwoFactorEnabled).SingleAsync()));

        using var jingyan = await app.As("jingyan");
        Assert.Equal(HttpStatusCode.NoContent, (await jingyan.PostAsync($"/api/users/{jingyanId}/two-factor/reset", null)).StatusCode);
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Id == jingyanId).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await app.DbAsync(db => db.OperationLogs.AnyAsync(l => l.EntityId == jingyanId.ToString() && l.Label.StartsWith("重置两步验证"))));
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = jingyanStaff, password = Password })).StatusCode);
    }

    private Task<string> EnrolAsync(string name) => EnrolAsync(app, name);

    internal static async Task<string> EnrolAsync(TestApp app, string name)
    {
        using var staff = await app.As(name, Password);
        var setup = await (await staff.PostAsync("/api/me/two-factor/key", null)).ReadAsync<TwoFactorSetup>();
        await (await staff.PostJsonAsync("/api/me/two-factor/enable", new { code = Code(setup.Key, 0) })).ReadAsync<RecoveryCodes>();
        return setup.Key;
    }

    private static async Task<HttpResponseMessage> PostCodeAsync(HttpClient browser, string page, string code) =>
        await browser.PostAsync("/login/2fa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "two-factor",
            ["__RequestVerificationToken"] = HtmlPages.AntiforgeryToken(page),
            ["Input.Code"] = code,
        }));

    /// <summary>The code an authenticator app shows, <paramref name="steps"/> 30-second steps from now (Identity accepts ±2).</summary>
    internal static string Code(string key, int steps) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));

    internal static async Task<(Guid Id, string UserName)> NewStaffAsync(TestApp app, string union)
    {
        app.SkipIfUnavailable();
        var name = "tf." + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unionId = await db.Unions.Where(u => u.Name == union).Select(u => u.Id).SingleAsync();
        var user = new AppUser { UserName = name, DisplayName = "两步验证测试", HomeUnionId = unionId, CreatedAt = app.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.Staff, UnionId = unionId, GrantedAt = app.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return (user.Id, name);
    }

    public sealed class OnSqlite(SqliteApp app) : TwoFactorTests(app);

    public sealed class OnPostgres(PostgresApp app) : TwoFactorTests(app);
}

/// <summary>Required mode: an unenrolled staff member gets no token and no console; a worker is not affected.</summary>
public sealed class TwoFactorRequiredTests(TwoFactorRequiredSqliteApp app) : IClassFixture<TwoFactorRequiredSqliteApp>
{
    [Fact]
    public async Task An_unenrolled_staff_member_is_sent_to_enrol_and_cannot_use_the_staff_api_until_then()
    {
        var (_, name) = await TwoFactorTests.NewStaffAsync(app, "峨眉山市总工会");
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Welcome2026" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "two_factor_enrollment_required");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker01", password = "Demo@2026" })).StatusCode);

        using var browser = app.Anonymous();
        var password = await Security.LoginForm.PostAsync(browser, name, "Welcome2026");
        Assert.Equal("/account/two-factor", password.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/users?pageSize=1")).StatusCode);
        var page = await (await browser.GetAsync("/account/two-factor")).TextAsync();
        var key = System.Text.RegularExpressions.Regex.Match(page, "id=\"two-factor-key\"[^>]*>([^<]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEmpty(key);
        var enable = await browser.PostAsync("/account/two-factor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "two-factor-on",
            ["__RequestVerificationToken"] = HtmlPages.AntiforgeryToken(page),
            ["On.Code"] = TwoFactorTests.Code(key, 0),
        }));
        Assert.Contains("只显示这一次", await enable.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/users?pageSize=1")).StatusCode);
    }
}
