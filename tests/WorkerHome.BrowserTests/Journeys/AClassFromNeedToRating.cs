using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// The whole loop of the Xigu menu service on one evening: a worker states a need; staff group it, put it on a menu
/// with a class at 19:00 and publish; two workers order; staff dispatch the class to the demo lawyer, who accepts on
/// the phone; the workers see the provider; at the door they check in through the session's QR code; after the class
/// they rate it; and the satisfaction staff see is the one the two ratings make. The clock is this journey's own
/// (its own host and database), so moving it to the evening disturbs no other journey.
/// </summary>
public abstract class AClassFromNeedToRating(IServerApp web, BrowserFixture browser)
{
    private const string Password = "gongjiang2026";

    [Fact]
    public async Task Staff_see_the_satisfaction_the_attendees_ratings_make()
    {
        var app = web.App;
        var first = await RegisterAsync("李师傅");
        var second = await RegisterAsync("张大姐");
        var text = $"想请律师讲讲加班费和年休假怎么算（{Guid.NewGuid().ToString("N")[..6]}）";

        // 提需求 on the phone.
        var a = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(a, first, Password);
        await a.GotoAsync("/needs/new");
        await a.GetByLabel("法律援助").CheckAsync();
        await a.GetByLabel("您的需求").FillAsync(text);
        var township = await app.DbAsync(db => db.Regions.Where(r => r.Name == "西柳沟街道").Select(r => r.Code).SingleAsync());
        await a.GetByLabel("希望在哪个乡镇（街道）").SelectOptionAsync(township);
        await a.GetByRole(AriaRole.Button, new() { Name = "提交需求" }).ClickAsync();
        await Expect(a.GetByText(text)).ToBeVisibleAsync();

        // 梳理需求 → 亮单: the need's group becomes an item with a class tonight at 19:00.
        using var staff = await ClientAsync("xigu", "Demo@2026");
        var (itemId, sessionId) = await PublishTonightAsync(staff, text);

        // 点单: one on the phone, one through the API.
        await a.GotoAsync($"/menu/items/{itemId}");
        await a.GetByRole(AriaRole.Button, new() { Name = "点单" }).First.ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("点单成功");
        using var secondClient = await ClientAsync(second, Password);
        Assert.Equal(HttpStatusCode.Created, (await secondClient.PostAsJsonAsync($"/api/sessions/{sessionId}/orders", new { })).StatusCode);

        // 派单 → 接单: staff offer the class to the demo lawyer, who accepts on the phone.
        var lawyer = await app.DbAsync(db => db.Volunteers.Where(v => db.Users.Any(u => u.Id == v.UserId && u.UserName == "volunteer.legal")).Select(v => v.Id).SingleAsync());
        (await staff.PostAsJsonAsync("/api/dispatches", new { sessionId, volunteerIds = new[] { lawyer }, answerHours = 12 })).EnsureSuccessStatusCode();
        var v = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(v, "volunteer.legal");
        await v.GotoAsync("/volunteer/dispatches");
        await v.GetByRole(AriaRole.Button, new() { Name = "接单" }).First.ClickAsync();
        await Expect(v.GetByRole(AriaRole.Status)).ToContainTextAsync("接单成功");
        await a.GotoAsync($"/menu/items/{itemId}");
        await Expect(a.GetByText("陈律师").First).ToBeVisibleAsync();

        // 开讲: ten minutes before the class the volunteer shows the QR; both workers scan it and check in.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 10, 50, 0, TimeSpan.Zero));
        await v.GotoAsync($"/volunteer/sessions/{sessionId}");
        var qr = v.GetByRole(AriaRole.Img, new() { Name = "签到二维码" });
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the QR image loads");
        await BrowserFixture.ScreenshotAsync(v, $"{app.Provider}-volunteer-session-qr");
        using var volunteerClient = await ClientAsync("volunteer.legal", "Demo@2026");
        var code = await (await volunteerClient.GetAsync($"/api/sessions/{sessionId}/check-in-code")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var checkInPath = new Uri(code.GetProperty("url").GetString()!).PathAndQuery;
        var b = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(b, second, Password);
        foreach (var worker in new[] { a, b })
        {
            await worker.GotoAsync(checkInPath);
            await worker.GetByRole(AriaRole.Button, new() { Name = "签到" }).ClickAsync();
            await Expect(worker.GetByText("签到成功")).ToBeVisibleAsync();
        }
        await BrowserFixture.ScreenshotAsync(b, $"{app.Provider}-checked-in");

        // 评: after the class each rates it; one is pleased, the other less so.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 12, 40, 0, TimeSpan.Zero));
        await RateAsync(a, sessionId, content: 5, provider: 5, venue: 4, "案例讲得很清楚");
        await RateAsync(b, sessionId, content: 3, provider: 4, venue: 2, null);

        // Staff see the figure the ratings make: of six stars given, four are 4 or 5.
        var desk = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(desk, "xigu");
        await desk.GotoAsync($"/console/sessions/{sessionId}");
        var panel = desk.Locator("[aria-label='评价与满意度']");
        await Expect(panel).ToContainTextAsync("66.7%");
        await Expect(panel).ToContainTextAsync("2 / 2");
        await Expect(desk.GetByRole(AriaRole.Region, new() { Name = "签到与到课" })).ToContainTextAsync("李师傅");
        await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-session-delivery");
    }

    private static async Task RateAsync(IPage page, int sessionId, int content, int provider, int venue, string? comment)
    {
        await page.GotoAsync($"/me/feedback/{sessionId}");
        await page.GetByLabel($"内容 {content}星", new() { Exact = false }).CheckAsync();
        await page.GetByLabel($"主讲 {provider}星", new() { Exact = false }).CheckAsync();
        await page.GetByLabel($"场地 {venue}星", new() { Exact = false }).CheckAsync();
        if (comment is not null)
        {
            await page.GetByLabel("留言（可不填）").FillAsync(comment);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "感谢您的评价！" })).ToBeVisibleAsync();
    }

    /// <summary>What Xigu's staff do in the console: the need's group becomes an item of a new menu with a class tonight.</summary>
    private async Task<(int ItemId, int SessionId)> PublishTonightAsync(HttpClient staff, string needText)
    {
        var app = web.App;
        var groupId = await app.DbAsync(db => db.Needs.Where(n => n.Text == needText).Select(n => n.GroupId).SingleAsync());
        Assert.NotNull(groupId);
        var menu = await (await staff.PostAsJsonAsync("/api/menus", new
        {
            unionId = await app.UnionIdAsync("西固区总工会"),
            title = "劳动法律小课堂 " + Guid.NewGuid().ToString("N")[..4],
            periodStart = "2026-12-01",
            periodEnd = "2027-01-31",
        })).ReadAsync<ManagedMenu>(HttpStatusCode.Created);
        var item = await (await staff.PostAsJsonAsync($"/api/menus/{menu.Id}/items", new
        {
            fromGroupId = groupId, mode = "Lecture", scale = "Centralised", channel = "Offline", providerType = "Volunteer", classSize = 10,
        })).ReadAsync<ManagedMenuItem>(HttpStatusCode.Created);
        var session = await (await staff.PostAsJsonAsync("/api/sessions", new
        {
            menuItemId = item.Id, date = "2026-12-02", start = "19:00", siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家"), capacity = 10,
        })).ReadAsync<SessionView>(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/menus/{menu.Id}/publish", null)).ReadAsync<PublishedMenu>(HttpStatusCode.OK);
        return (item.Id, session.Id);
    }

    private async Task<HttpClient> ClientAsync(string account, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = account, password }))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<string> RegisterAsync(string name)
    {
        var phone = "187" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/register", new { phone, password = Password, displayName = name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return phone;
    }

    /// <summary>A host of its own on SQLite: this journey moves its clock.</summary>
    public sealed class OwnSqliteServer : SqliteServerApp;

    /// <summary>A host of its own on PostgreSQL: this journey moves its clock.</summary>
    public sealed class OwnPostgresServer : PostgresServerApp;

    public sealed class OnSqlite(OwnSqliteServer web, BrowserFixture browser) : AClassFromNeedToRating(web, browser), IClassFixture<OwnSqliteServer>;

    public sealed class OnPostgres(OwnPostgresServer web, BrowserFixture browser) : AClassFromNeedToRating(web, browser), IClassFixture<OwnPostgresServer>;
}
