using System.Net;
using WorkerHome.Features.Attendance;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Attendance;

/// <summary>The worker check-in page (static SSR): sign-in first, then the session and one big button that works without JavaScript.</summary>
public abstract class CheckInPageTests(TestApp app)
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_come_back_to_the_same_address()
    {
        var session = await app.SessionAtAsync();
        var token = app.Tokens().Create(session.Id, session.EndsAt.AddMinutes(30));
        using var anonymous = app.Anonymous();

        using var response = await anonymous.GetAsync($"/checkin/{session.Id}?t={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/login?returnUrl=", location, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Uri.EscapeDataString($"/checkin/{session.Id}?t="), location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_signed_in_worker_sees_the_session_presses_签到_and_is_told_the_time()
    {
        var session = await app.SessionAtAsync();
        var worker = (await app.CreateAsync(1, "page"))[0];
        await app.ConfirmAsync(session, worker);
        var title = await app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.MenuItems.Where(i => i.Id == session.MenuItemId).Select(i => i.Title)));
        var address = $"/checkin/{session.Id}?t={Uri.EscapeDataString(app.Tokens().Create(session.Id, session.EndsAt.AddMinutes(30)))}";
        using var client = app.Bearer(worker);

        var page = await HtmlPages.TextAsync(await client.GetAsync(address));
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains(">签到</button>", page, StringComparison.Ordinal);

        var antiforgery = HtmlPages.AntiforgeryToken(page);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "checkin", ["__RequestVerificationToken"] = antiforgery });
        using var posted = await client.PostAsync(address, form);
        var result = await HtmlPages.TextAsync(posted);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("签到成功", result, StringComparison.Ordinal);
        Assert.Contains("签到时间 10:00", result, StringComparison.Ordinal);
        Assert.Equal(CheckInMethod.QrCode, Assert.Single(await app.CheckInsAsync(session)).Method);
    }

    [Fact]
    public async Task A_bad_code_is_explained_in_chinese_without_a_button()
    {
        var session = await app.SessionAtAsync();
        using var client = app.Bearer((await app.CreateAsync(1, "pagebad"))[0]);

        var page = await HtmlPages.TextAsync(await client.GetAsync($"/checkin/{session.Id}?t=broken"));

        Assert.Contains(AttendanceProblems.TokenInvalid.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain(">签到</button>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entering_an_online_class_from_its_page_records_the_check_in_and_redirects_to_the_meeting()
    {
        var session = await app.SessionAtAsync(online: true);
        var worker = (await app.CreateAsync(1, "pagejoin"))[0];
        await app.ConfirmAsync(session, worker);
        using var client = app.Bearer(worker);
        var address = $"/sessions/{session.Id}/join";

        var page = await HtmlPages.TextAsync(await client.GetAsync(address));
        Assert.Contains(">进入线上课堂</button>", page, StringComparison.Ordinal);
        var antiforgery = HtmlPages.AntiforgeryToken(page);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "join", ["__RequestVerificationToken"] = antiforgery });
        using var posted = await client.PostAsync(address, form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(session.OnlineUrl, posted.Headers.Location?.ToString());
        Assert.Equal(CheckInMethod.Online, Assert.Single(await app.CheckInsAsync(session)).Method);
    }

    public sealed class OnSqlite(SqliteApp app) : CheckInPageTests(app);

    public sealed class OnPostgres(PostgresApp app) : CheckInPageTests(app);
}
