using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// Two workers on their phones want the last seat of a class: the first gets it, the second waits; the first
/// cancels and the second is confirmed and told.
/// </summary>
public abstract class WorkersOrderASeat(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task The_second_worker_waits_and_is_confirmed_and_told_when_the_first_cancels()
    {
        var item = await web.App.PublishedItemAsync(classSize: 1);
        await web.App.SessionAsync(item, capacity: 1);
        var first = await RegisterAsync("李师傅");
        var second = await RegisterAsync("张大姐");

        var a = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(a, first, Password);
        await a.GotoAsync($"/menu/items/{item.Id}");
        await a.GetByRole(AriaRole.Button, new() { Name = "点单" }).First.ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("点单成功");
        await Expect(a.GetByText("已确认").First).ToBeVisibleAsync();

        var b = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(b, second, Password);
        await b.GotoAsync($"/menu/items/{item.Id}");
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

    private async Task<string> RegisterAsync(string name)
    {
        var phone = "186" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/register", new { phone, password = Password, displayName = name });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return phone;
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : WorkersOrderASeat(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : WorkersOrderASeat(web, browser);
}
