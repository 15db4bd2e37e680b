using System.Net;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Security;

/// <summary>A locked-out account answers a clear problem (API) or message (form), never a server error.</summary>
public abstract class LockoutTests(TestApp app)
{
    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_with_a_403_problem_and_a_clear_form_message()
    {
        using var client = app.Anonymous();
        var phone = "187" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/auth/register", new { phone, password = "right2026", displayName = "小锁" })).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            await (await client.PostJsonAsync("/api/auth/token", new { userName = phone, password = "wrong-password1" }))
                .ProblemAsync(i < 4 ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, i < 4 ? "invalid_credentials" : "account_locked");
        }
        var locked = await (await client.PostJsonAsync("/api/auth/token", new { userName = phone, password = "right2026" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "account_locked");
        Assert.Equal("账号已被锁定，请稍后再试", locked.GetProperty("title").GetString());

        using var browser = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var form = await LoginForm.PostAsync(browser, phone, "right2026");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("账号已被锁定，请 15 分钟后再试", await form.TextAsync(), StringComparison.Ordinal);
        Assert.False(form.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("wh.auth=", StringComparison.Ordinal)));
    }

    public sealed class OnSqlite(SqliteApp app) : LockoutTests(app);

    public sealed class OnPostgres(PostgresApp app) : LockoutTests(app);
}
