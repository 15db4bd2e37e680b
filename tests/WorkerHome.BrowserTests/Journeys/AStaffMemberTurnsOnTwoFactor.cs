using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>A staff member enrols an authenticator app, signs out, and signs in again with password and code.</summary>
public abstract class AStaffMemberTurnsOnTwoFactor(IServerApp web, BrowserFixture browser)
{
    private const string Password = "Welcome2026";

    [Fact]
    public async Task A_staff_member_enrols_signs_out_and_signs_in_with_password_and_code()
    {
        var name = await NewStaffAsync();
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, name, Password);
        await page.GotoAsync("/account/two-factor");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "两步验证二维码" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-two-factor-enrol-desktop");
        var key = (await page.Locator("#two-factor-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("验证码").FillAsync(Code(key, 0));
        await page.GetByRole(AriaRole.Button, new() { Name = "确认开启" }).ClickAsync();
        await Expect(page.GetByText("它们只显示这一次")).ToBeVisibleAsync();
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);

        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("手机号或账号").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login/2fa", StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-two-factor-code-desktop");
        await page.GetByLabel("验证码").FillAsync(Code(key, 1));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证并登录" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/console/sites", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "两步验证" })).ToBeVisibleAsync();

        // The same pages on a phone.
        var phone = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(phone, await NewStaffAsync(), Password);
        await phone.GotoAsync("/account/two-factor");
        await Expect(phone.GetByRole(AriaRole.Img, new() { Name = "两步验证二维码" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-two-factor-enrol-phone");
        await phone.Context.ClearCookiesAsync();
        await phone.GotoAsync("/login");
        await phone.GetByLabel("手机号或账号").FillAsync(name);
        await phone.GetByLabel("密码").FillAsync(Password);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await phone.WaitForURLAsync(url => url.Contains("/login/2fa", StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-two-factor-code-phone");
    }

    private static string Code(string key, int steps) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));

    private async Task<string> NewStaffAsync()
    {
        var name = "tfj." + Guid.NewGuid().ToString("N")[..8];
        await using var scope = web.App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unionId = await db.Unions.Where(u => u.Name == "峨眉山市总工会").Select(u => u.Id).SingleAsync();
        var user = new AppUser { UserName = name, DisplayName = "两步验证 演示", HomeUnionId = unionId, CreatedAt = web.App.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.Staff, UnionId = unionId, GrantedAt = web.App.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return name;
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : AStaffMemberTurnsOnTwoFactor(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : AStaffMemberTurnsOnTwoFactor(web, browser);
}
