using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// A smoke test of the statistics page: Leshan's staff open 统计分析 from the console menu, see the headline cards,
/// the charts with their data tables, drill down to 峨眉山市 (the URL carries the union and the months) and find the
/// Excel link pointing at the same union.
/// </summary>
public abstract class StaffReadTheStatistics(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task City_staff_read_the_dashboard_and_drill_down_to_a_county()
    {
        var app = web.App;
        var page = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(page, "leshan");
        await page.GotoAsync("/console/statistics");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "统计分析 · 乐山市总工会" })).ToBeVisibleAsync();
        await Expect(page.GetByText("服务职工（人）")).ToBeVisibleAsync();
        await Expect(page.Locator("svg").First).ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "服务漏斗数据表" }).GetByRole(AriaRole.Cell, new() { Name = "预约下单" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "阵地形态数据表" }).GetByRole(AriaRole.Cell, new() { Name = "共享" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{app.Provider}-statistics-city");

        await page.GetByRole(AriaRole.Link, new() { Name = "峨眉山市总工会" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "统计分析 · 峨眉山市总工会" })).ToBeVisibleAsync();
        Assert.Contains("union=", page.Url, StringComparison.Ordinal);
        Assert.Contains("from=2026-01", page.Url, StringComparison.Ordinal);
        var export = await page.GetByRole(AriaRole.Link, new() { Name = "导出Excel" }).GetAttributeAsync("href");
        Assert.StartsWith("/api/console/statistics/dashboard.xlsx?union=", export, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, $"{app.Provider}-statistics-county");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : StaffReadTheStatistics(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : StaffReadTheStatistics(web, browser);
}
