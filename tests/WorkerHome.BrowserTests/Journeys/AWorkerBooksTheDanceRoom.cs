using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// 场地预约 end to end: a worker on a phone opens 红华苑's site page, goes to the dance room, picks Saturday and a free
/// slot, confirms and sees the booking in 我的预约; Emeishan's staff see it in the console's booking list.
/// </summary>
public abstract class AWorkerBooksTheDanceRoom(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task The_booking_shows_in_my_bookings_and_in_the_console()
    {
        var siteId = await web.App.DbAsync(db => db.Sites.Where(s => s.Name == "峨眉山市绥山镇红华苑社区职工之家").Select(s => s.Id).SingleAsync());
        var purpose = "读书会舞蹈排练 " + Guid.NewGuid().ToString("N")[..4];

        var phone = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(phone, "worker11");
        await phone.GotoAsync($"/sites/{siteId}");
        await phone.GetByRole(AriaRole.Link, new() { Name = "预约场地" }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "预约舞蹈室" }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "12月5日 周六" }).ClickAsync();
        // Today's slots carry the same labels, and enhanced navigation changes the address before the page: wait for
        // Saturday's slots themselves before picking one.
        await Expect(phone.Locator("h2").Filter(new() { HasText = "选时段" })).ToContainTextAsync("12月5日 周六");
        await phone.GetByRole(AriaRole.Link, new() { Name = "16:00–17:00" }).ClickAsync();
        await Expect(phone.GetByText("12月5日 周六 16:00 开始")).ToBeVisibleAsync();
        await phone.GetByLabel("用途").FillAsync(purpose);
        await phone.GetByLabel("人数").FillAsync("6");
        await phone.GetByLabel("联系人").FillAsync("孙老师");
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-book-dance-room");
        await phone.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("预约成功");
        await Expect(phone.Locator(".order-card").Filter(new() { HasText = purpose }).GetByText("已确认")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-my-bookings");

        var console = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(console, "emeishan");
        await console.GotoAsync("/console/bookings?date=2026-12-05");
        await Expect(console.GetByText(purpose)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(console, $"{web.App.Provider}-console-bookings");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : AWorkerBooksTheDanceRoom(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : AWorkerBooksTheDanceRoom(web, browser);
}
