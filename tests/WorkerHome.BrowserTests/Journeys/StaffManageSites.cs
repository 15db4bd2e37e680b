using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>Union staff keep the site network up to date in the console; workers see the result.</summary>
public abstract class StaffManageSites(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task Staff_create_a_site_in_the_console_and_workers_find_it()
    {
        var name = "符溪镇测试职工驿站" + Guid.NewGuid().ToString("N")[..4];
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, "emeishan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "阵地", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-console-sites-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "新建阵地" }).ClickAsync();
        await page.GetByLabel("阵地名称").FillAsync(name);
        await page.GetByLabel("依托单位").FillAsync("符溪镇测试社区");
        await Journey.ChooseAsync(page, "所在乡镇（街道）", "峨眉山市 · 符溪镇");
        await page.GetByLabel("详细地址").FillAsync("符溪镇测试路 9 号");
        await page.GetByLabel("纬度").FillAsync("29.55");
        await page.GetByLabel("经度").FillAsync("103.52");
        await page.GetByText("户外劳动者驿站（帮扶服务）").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText($"已保存“{name}”")).ToBeVisibleAsync();

        var phone = await browser.NewPageAsync(web, phone: true);
        await phone.GotoAsync("/sites?q=" + Uri.EscapeDataString(name));
        await phone.GetByRole(AriaRole.Link).Filter(new() { HasText = name }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "户外劳动者驿站" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Staff_see_field_errors_in_chinese_and_nothing_is_saved()
    {
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, "emeishan");
        await page.GotoAsync("/console/sites/new");
        await page.GetByLabel("阵地名称").FillAsync("缺少地址的阵地");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByText("请填写依托单位").First).ToBeVisibleAsync();
        await Expect(page.GetByText("请填写详细地址").First).ToBeVisibleAsync();
        Assert.Equal(0, await web.App.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Sites, s => s.Name == "缺少地址的阵地")));
    }

    [Fact]
    public async Task County_staff_cannot_list_or_edit_another_countys_site()
    {
        var id = await web.App.SiteIdAsync("峨眉山市胜利街道职工之家");
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, "jingyan");
        await Expect(page.Locator(".mud-table-row").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "井研县周坡镇职工之家", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("峨眉山市胜利街道职工之家")).ToHaveCountAsync(0);

        await page.GotoAsync($"/console/sites/{id}/edit");
        await Expect(page.GetByText("该阵地不在您的管理范围内")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "保存" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-console-out-of-scope-desktop");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : StaffManageSites(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : StaffManageSites(web, browser);
}
