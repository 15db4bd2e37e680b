using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>A worker on a phone looks for the nearest worker-home and opens it.</summary>
public abstract class WorkerFindsASite(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task A_worker_picks_their_township_finds_the_nearest_site_and_opens_it()
    {
        var page = await browser.NewPageAsync(web, phone: true);
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-worker-home-phone");
        await page.GetByLabel("或选择您所在的乡镇（街道）").SelectOptionAsync(new SelectOptionValue { Label = "绥山镇" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();

        await Expect(page.GetByText("按距离由近到远（从绥山镇出发）")).ToBeVisibleAsync();
        var nearest = page.Locator("main article").First;
        await Expect(nearest.GetByRole(AriaRole.Heading)).ToHaveTextAsync("峨眉山市绥山镇红华苑社区职工之家");
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-worker-nearest-phone");

        await nearest.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("峨眉山市绥山镇红华苑社区职工之家");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "开放时间" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "五大职能覆盖" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "地图导航" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://uri\\.amap\\.com/marker"));
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-worker-site-phone");
    }

    [Fact]
    public async Task A_worker_shares_their_location_and_sees_the_distance_to_each_site()
    {
        var page = await browser.NewPageAsync(web, phone: true, options =>
        {
            options.Geolocation = new Geolocation { Latitude = 29.6012f, Longitude = 103.4845f };
            options.Permissions = ["geolocation"];
        });
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "使用我的位置" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sites\\?near="));
        await Expect(page.GetByText("从您的位置出发")).ToBeVisibleAsync();
        var first = page.Locator("main article").First;
        await Expect(first.Locator(".distance")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9.]+ (公里|米)$|^100 米内$"));
        await Expect(first).ToContainTextAsync("峨眉山市");
    }

    [Fact]
    public async Task Large_font_mode_is_a_toggle_that_persists()
    {
        var page = await browser.NewPageAsync(web, phone: true);
        await page.GotoAsync("/sites");
        await page.GetByRole(AriaRole.Link, new() { Name = "大字模式" }).First.ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync("large");
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveClassAsync("large");
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-worker-home-large-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "标准字体" }).First.ClickAsync();
        await Expect(page.Locator("html")).Not.ToHaveClassAsync("large");
    }

    [Fact]
    public async Task The_home_page_reads_well_on_a_desktop_too()
    {
        var page = await browser.NewPageAsync(web, phone: false);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{web.App.Provider}-worker-home-desktop");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : WorkerFindsASite(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : WorkerFindsASite(web, browser);
}
