using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>Union staff create accounts for people in their subtree and look at what was changed.</summary>
public abstract class StaffManageUsers(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task Staff_create_an_account_after_fixing_what_the_form_points_out_and_find_it_in_the_log()
    {
        var account = "vol" + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, "emeishan");
        await page.GotoAsync("/console/users");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建账号" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("账号").FillAsync("a b");
        await dialog.GetByLabel("姓名").FillAsync("社区志愿者");
        await dialog.GetByLabel("初始密码").FillAsync("short");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(dialog.GetByText("账号为3到32位字母、数字或 . _ - 符号")).ToBeVisibleAsync();
        await Expect(dialog.GetByText("密码需要 8 到 128 位")).ToBeVisibleAsync();
        await Expect(dialog.GetByText("请选择所属工会")).ToBeVisibleAsync();

        await dialog.GetByLabel("账号").FillAsync(account);
        await dialog.GetByLabel("初始密码").FillAsync("welcome2026");
        await Journey.ChooseAsync(page, "所属工会", "红华苑社区工会");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = account, Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-console-users-desktop");

        await page.GotoAsync("/console/logs?type=AppUser");
        await Expect(page.GetByText(account).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-console-logs-desktop");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : StaffManageUsers(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : StaffManageUsers(web, browser);
}
