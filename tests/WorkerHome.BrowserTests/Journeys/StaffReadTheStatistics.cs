using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// A smoke test of the statistics page: Leshan's staff open 统计分析 from the console menu, see the headline cards,
/// the charts with their data tables, drill down to 峨眉山市 (the URL carries the union and the months) and find the
/// Excel link pointing at the same union; download the export, open the county's printable monthly report, and a worker
/// reads the public results page from the home page.
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

        // The Excel export downloads and holds the county's figures.
        var download = await page.RunAndWaitForDownloadAsync(() => page.EvaluateAsync(
            "href => { const a = document.createElement('a'); a.href = href; a.download = ''; document.body.appendChild(a); a.click(); }", export));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var cells = MiniExcelLibs.MiniExcel.GetSheetNames(file);
            Assert.True(cells.Count >= 5, $"sheets: {string.Join(",", cells)}");
            // The first sheet lists the county's children: its township unions.
            Assert.Contains(MiniExcelLibs.MiniExcel.Query(file, sheetName: cells[0]).Cast<IDictionary<string, object?>>().SelectMany(r => r.Values),
                v => v?.ToString() == "绥山镇总工会");
        }
        finally
        {
            File.Delete(file);
        }

        // The printable monthly report of the county: charts drawn (SVG) above their tables.
        var report = await page.GetByRole(AriaRole.Link, new() { Name = "月报" }).GetAttributeAsync("href");
        await page.GotoAsync(report!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("峨眉山市总工会职工之家服务月报");
        await Expect(page.Locator("[data-chart=funnel] svg")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-chart=trend] svg")).ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "服务漏斗" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"{app.Provider}-monthly-report");

        // Workers see the month's results without signing in.
        var phone = await browser.NewPageAsync(web, phone: true);
        await phone.GotoAsync("/");
        await phone.GetByRole(AriaRole.Link, new() { Name = "成果公示：本月服务与评分" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "成果公示", Level = 1 })).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.List, new() { Name = "本月总计" })).ToContainTextAsync("场次");
        await BrowserFixture.ScreenshotAsync(phone, $"{app.Provider}-results");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : StaffReadTheStatistics(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : StaffReadTheStatistics(web, browser);
}
