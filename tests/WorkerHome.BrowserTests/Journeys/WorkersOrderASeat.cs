using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sessions;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// The menu service end to end: a worker states a need on the phone; staff put the need's group on a menu with a
/// one-seat session and publish it; the worker is told and orders; a second worker waits; the first cancels and the
/// second is confirmed and told. (Staff act through the API here; their console pages have journeys of their own.)
/// </summary>
public abstract class WorkersOrderASeat(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task The_second_worker_waits_and_is_confirmed_and_told_when_the_first_cancels()
    {
        var first = await RegisterAsync("李师傅");
        var second = await RegisterAsync("张大姐");
        var text = $"想请律师讲讲劳务派遣工的工资和社保怎么维权（{Guid.NewGuid().ToString("N")[..6]}）";

        var a = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(a, first, Password);
        await a.GotoAsync("/needs/new");
        await a.GetByLabel("法律援助").CheckAsync();
        await a.GetByLabel("您的需求").FillAsync(text);
        var township = await web.App.DbAsync(db => db.Regions.Where(r => r.Name == "西柳沟街道").Select(r => r.Code).SingleAsync());
        await a.GetByLabel("希望在哪个乡镇（街道）").SelectOptionAsync(township);
        await a.GetByRole(AriaRole.Button, new() { Name = "提交需求" }).ClickAsync();
        await Expect(a.GetByText(text)).ToBeVisibleAsync();

        var itemId = await PublishWithOneSeatAsync(text);

        await a.GotoAsync("/me/messages");
        await Expect(a.GetByText("您的需求已列入服务菜单").First).ToBeVisibleAsync();
        await a.GotoAsync("/me/needs");
        await Expect(a.GetByText("已上菜单").First).ToBeVisibleAsync();
        await a.GotoAsync($"/menu/items/{itemId}");
        await a.GetByRole(AriaRole.Button, new() { Name = "点单" }).First.ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("点单成功");
        await Expect(a.GetByText("已确认").First).ToBeVisibleAsync();

        var b = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(b, second, Password);
        await b.GotoAsync($"/menu/items/{itemId}");
        await b.GetByRole(AriaRole.Button, new() { Name = "点单" }).First.ClickAsync();
        await Expect(b.GetByRole(AriaRole.Status)).ToContainTextAsync("您在候补第 1 位");
        await BrowserFixture.ScreenshotAsync(b, $"{web.App.Provider}-my-orders-waiting");

        await a.GotoAsync("/me/orders");
        await a.GetByRole(AriaRole.Link, new() { Name = "取消点单" }).ClickAsync();
        await Expect(a.GetByRole(AriaRole.Heading, new() { Name = "确定取消点单？" })).ToBeVisibleAsync();
        await Expect(a.GetByText("名额会自动让给候补第一位")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(a, $"{web.App.Provider}-cancel-order");
        await a.GetByRole(AriaRole.Button, new() { Name = "确定取消" }).ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("已取消");

        await b.GotoAsync("/me/orders");
        await Expect(b.Locator(".order-card").First.GetByText("已确认")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(b, $"{web.App.Provider}-my-orders-promoted");
        await b.GotoAsync("/me/messages");
        await Expect(b.GetByText("候补成功").First).ToBeVisibleAsync();
    }

    private const string Password = "gongjiang2026";

    /// <summary>What Xigu's staff do in the console: the need's group becomes an item of a new menu, with one seat.</summary>
    private async Task<int> PublishWithOneSeatAsync(string needText)
    {
        var app = web.App;
        var groupId = await app.DbAsync(db => db.Needs.Where(n => n.Text == needText).Select(n => n.GroupId).SingleAsync());
        Assert.NotNull(groupId);
        using var staff = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        var token = await (await staff.PostAsJsonAsync("/api/auth/token", new { userName = "xigu", password = "Demo@2026" }))
            .ReadAsync<System.Text.Json.JsonElement>(HttpStatusCode.OK);
        staff.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var menu = await (await staff.PostAsJsonAsync("/api/menus", new
        {
            unionId = await app.UnionIdAsync("西固区总工会"),
            title = "法律援助小课堂 " + Guid.NewGuid().ToString("N")[..4],
            periodStart = "2026-12-01",
            periodEnd = "2027-01-31",
        })).ReadAsync<ManagedMenu>(HttpStatusCode.Created);
        var item = await (await staff.PostAsJsonAsync($"/api/menus/{menu.Id}/items", new
        {
            fromGroupId = groupId,
            mode = "Lecture",
            scale = "Centralised",
            channel = "Offline",
            providerType = "Volunteer",
            classSize = 1,
        })).ReadAsync<ManagedMenuItem>(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/sessions", new
        {
            menuItemId = item.Id,
            date = "2026-12-10",
            start = "19:00",
            siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家"),
            capacity = 1,
        })).ReadAsync<SessionView>(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/menus/{menu.Id}/publish", null)).ReadAsync<PublishedMenu>(HttpStatusCode.OK);
        return item.Id;
    }

    private async Task<string> RegisterAsync(string name)
    {
        var phone = "186" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/register", new { phone, password = Password, displayName = name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return phone;
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : WorkersOrderASeat(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : WorkersOrderASeat(web, browser);
}
