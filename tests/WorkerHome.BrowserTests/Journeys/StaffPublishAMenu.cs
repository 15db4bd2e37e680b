using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>Union staff put a menu together in the console and publish it; a worker finds an item and says "I want this".</summary>
public abstract class StaffPublishAMenu(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task Staff_publish_a_menu_and_a_worker_registers_interest_after_signing_in()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var menuTitle = $"西固区工会讲堂 测试{suffix}";
        var itemTitle = $"职工插花沙龙 {suffix}";
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, "xigu");
        await page.GotoAsync("/console/menus");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建菜单" }).ClickAsync();
        await page.GetByLabel("菜单名称").FillAsync(menuTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "新建草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = menuTitle })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "新建项目" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Expect(page.GetByText("请填写项目名称")).ToBeVisibleAsync();
        await page.GetByLabel("项目名称").FillAsync(itemTitle);
        await Journey.ChooseAsync(page, "类别", "文体活动");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"已添加“{itemTitle}”")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-console-menu-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "发布菜单" }).ClickAsync();
        await Expect(page.GetByText("本菜单的项目没有关联需求，不会通知职工")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(page.GetByText("已发布，通知了 0 位职工")).ToBeVisibleAsync();

        var phone = await browser.NewPageAsync(web, phone: true);
        await phone.GotoAsync("/menu?category=CultureAndSports");
        await phone.GetByRole(AriaRole.Link).Filter(new() { HasText = itemTitle }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(itemTitle);
        await Expect(phone.GetByText("已有 0 人想参加")).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "我想参加" }).ClickAsync();
        await phone.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await phone.GetByLabel("手机号或账号").FillAsync("worker07");
        await phone.GetByLabel("密码").FillAsync("Demo@2026");
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(itemTitle);
        await phone.GetByRole(AriaRole.Button, new() { Name = "我想参加" }).ClickAsync();
        await Expect(phone.GetByText("已登记！")).ToBeVisibleAsync();
        await Expect(phone.GetByText("已有 1 人想参加")).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "取消意向" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-worker-menu-item-phone");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : StaffPublishAMenu(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : StaffPublishAMenu(web, browser);
}
