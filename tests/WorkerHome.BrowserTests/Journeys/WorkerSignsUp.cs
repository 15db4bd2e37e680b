using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>A worker creates an account with a phone number and signs in with it.</summary>
public abstract class WorkerSignsUp(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task A_worker_registers_with_a_phone_sees_it_in_full_and_signs_in_with_it_later()
    {
        var phone = "187" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await browser.NewPageAsync(web, phone: true);
        await page.GotoAsync("/me");
        await page.GetByRole(AriaRole.Link, new() { Name = "注册" }).ClickAsync();

        await page.GetByLabel("手机号").FillAsync("12345");
        await page.GetByLabel("称呼").FillAsync("王师傅");
        await page.GetByLabel("设置密码").FillAsync("gongjiang2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();
        await Expect(page.GetByText("请输入正确的11位手机号")).ToBeVisibleAsync();

        await page.GetByLabel("手机号").FillAsync(phone);
        await page.GetByLabel("设置密码").FillAsync("gongjiang2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "王师傅" })).ToBeVisibleAsync();
        await Expect(page.GetByText(phone)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-worker-me-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Journey.SignInAsync(page, phone, "gongjiang2026");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "王师傅" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_chinese_on_the_sign_in_page()
    {
        var page = await browser.NewPageAsync(web, phone: true);
        await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page.GetByText("请输入手机号或账号")).ToBeVisibleAsync();
        await page.GetByLabel("手机号或账号").FillAsync("worker03");
        await page.GetByLabel("密码").FillAsync("not-the-password1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("手机号（账号）或密码不正确。");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : WorkerSignsUp(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : WorkerSignsUp(web, browser);
}
