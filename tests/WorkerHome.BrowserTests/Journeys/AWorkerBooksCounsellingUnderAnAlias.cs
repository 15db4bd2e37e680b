using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Features.Counselling;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// 心理驿站 end to end: the counsellor publishes a slot at 西固区职工服务中心 from its desk; a worker books it under the
/// alias "小雨"; 西固区's staff see the alias and the time in the console and never the worker's name; the counsellor
/// opens the booking, sees the person, reveals the phone, and both readings are in the audit log.
/// </summary>
public abstract class AWorkerBooksCounsellingUnderAnAlias(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task Staff_see_only_the_alias_and_the_counsellor_sees_the_person()
    {
        var worker = await web.App.DbAsync(db => db.Users.Where(u => u.UserName == "worker07").Select(u => new { u.Id, u.DisplayName }).SingleAsync());

        var desk = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(desk, "volunteer.counsel");
        await desk.GotoAsync("/volunteer");
        await desk.GetByRole(AriaRole.Link, new() { Name = "咨询师工作台" }).ClickAsync();
        // The demo booking whose note holds a crisis word comes first, marked for priority.
        await Expect(desk.GetByRole(AriaRole.List, new() { Name = "咨询预约" }).Locator("li").First).ToContainTextAsync("请优先处理");
        await desk.GetByRole(AriaRole.Link, new() { Name = "发布新时段" }).ClickAsync();
        await desk.GetByLabel("日期").FillAsync("2026-12-10");
        await desk.GetByLabel("开始时间（北京时间）").FillAsync("16:00");
        await desk.GetByLabel("咨询方式").SelectOptionAsync(new SelectOptionValue { Label = "到站面谈" });
        await desk.GetByLabel("面谈阵地（到站面谈时必选）").SelectOptionAsync(new SelectOptionValue { Label = "西固区职工服务中心" });
        await BrowserFixture.ScreenshotAsync(desk, $"{web.App.Provider}-counsellor-publish-slot");
        await desk.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("时段已发布");
        await BrowserFixture.ScreenshotAsync(desk, $"{web.App.Provider}-counsellor-desk");
        // The same hour again overlaps: the form says so and nothing is saved.
        await desk.GetByRole(AriaRole.Link, new() { Name = "发布新时段" }).ClickAsync();
        await desk.GetByLabel("日期").FillAsync("2026-12-10");
        await desk.GetByLabel("开始时间（北京时间）").FillAsync("16:20");
        await desk.GetByLabel("咨询方式").SelectOptionAsync(new SelectOptionValue { Label = "电话" });
        await desk.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("与您已发布的时段重叠");

        var phone = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(phone, "worker07");
        await phone.GotoAsync("/counselling");
        await phone.GetByRole(AriaRole.Link, new() { Name = "预约 12月10日 周四 16:00" }).ClickAsync();
        await phone.GetByLabel("化名", new() { Exact = true }).FillAsync("小雨");
        await phone.GetByLabel("想聊的方面").SelectOptionAsync(new SelectOptionValue { Label = "情绪压力" });
        await phone.GetByLabel("想先告诉老师的话（选填）").FillAsync("年底加班多，晚上总睡不好。");
        await phone.GetByLabel("老师怎样联系您").SelectOptionAsync(new SelectOptionValue { Label = "电话联系" });
        await phone.GetByLabel("联系电话（选填）").FillAsync("13912345678");
        await phone.GetByLabel("我已了解").CheckAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-counselling-book");
        await phone.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("预约成功");
        await Expect(phone.GetByText("化名：小雨")).ToBeVisibleAsync();

        var console = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(console, "xigu");
        await console.GotoAsync("/console/counselling");
        var row = console.GetByRole(AriaRole.Row).Filter(new() { HasText = "小雨" });
        await Expect(row).ToContainTextAsync("2026-12-10 16:00");
        await Expect(row).ToContainTextAsync("西固区职工服务中心");
        await Expect(console.Locator("main")).Not.ToContainTextAsync(worker.DisplayName);
        await Expect(console.Locator("main")).Not.ToContainTextAsync("睡不好");
        await BrowserFixture.ScreenshotAsync(console, $"{web.App.Provider}-console-counselling");

        await desk.GotoAsync("/volunteer/counselling");
        await desk.GetByRole(AriaRole.Link, new() { Name = "小雨 · 12月10日 周四 16:00" }).ClickAsync();
        await Expect(desk.Locator("dl.facts")).ToContainTextAsync(worker.DisplayName);
        await Expect(desk.GetByTestId("phone")).ToHaveTextAsync("139****5678");
        await Expect(desk.GetByText("年底加班多，晚上总睡不好。")).ToBeVisibleAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "查看联系方式" }).ClickAsync();
        await Expect(desk.GetByTestId("phone")).ToHaveTextAsync("13912345678");
        await BrowserFixture.ScreenshotAsync(desk, $"{web.App.Provider}-counsellor-booking");

        // A finished talk: the counsellor edits its session notes; an empty save is refused and saves nothing.
        await desk.GotoAsync("/volunteer/counselling");
        await desk.GetByRole(AriaRole.Link, new() { Name = "阿明 · 11月26日 周四 19:00" }).ClickAsync();
        await desk.GetByLabel("记录", new() { Exact = true }).FillAsync("");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存记录" }).ClickAsync();
        await Expect(desk.Locator(".field-error")).ToContainTextAsync("会谈记录为 1 到 4000 字");
        await desk.GetByLabel("记录", new() { Exact = true }).FillAsync("第二次会谈：与班组长沟通后关系缓和，约两周后回访。");
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存记录" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("会谈记录已保存");
        await Expect(desk.GetByLabel("记录", new() { Exact = true })).ToHaveValueAsync("第二次会谈：与班组长沟通后关系缓和，约两周后回访。");

        var booking = await web.App.DbAsync(db => db.CounsellingBookings.Where(b => b.Alias == "小雨" && b.WorkerId == worker.Id).Select(b => b.Id).SingleAsync());
        var key = booking.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var views = await web.App.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == nameof(CounsellingBooking) && l.EntityId == key && l.Kind == OperationKind.Viewed).ToListAsync());
        Assert.True(views.Count >= 3, $"the worker's confirmation, the counsellor's opening and 查看联系方式 are logged; found {views.Count}");
        Assert.All(views, v => Assert.Equal("小雨", v.Label));
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : AWorkerBooksCounsellingUnderAnAlias(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : AWorkerBooksCounsellingUnderAnAlias(web, browser);
}
