using System.Net;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Account;

/// <summary>The large-font switch is a link: GET /preferences/large-font?on=1|0&amp;returnUrl=… sets the cookie and comes back.</summary>
public abstract class LargeFontSwitchTests(TestApp app)
{
    [Fact]
    public async Task On_and_off_set_the_cookie_and_come_back_to_the_page()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.Anonymous();
        // The link carries the page's address as the browser has it (already percent-encoded), escaped once more.
        using (var on = await client.GetAsync("/preferences/large-font?on=1&returnUrl=%2Fsites%3Fq%3D%25E7%25A4%25BE%25E5%258C%25BA", ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
            Assert.Equal("/sites?q=%E7%A4%BE%E5%8C%BA", on.Headers.Location!.OriginalString);
            var cookie = Assert.Single(on.Headers.GetValues("Set-Cookie"));
            Assert.StartsWith("wh.large=1;", cookie, StringComparison.Ordinal);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("<html lang=\"zh-CN\" class=\"large\">", await client.GetStringAsync("/menu", ct), StringComparison.Ordinal);

        using (var off = await client.GetAsync("/preferences/large-font?on=0&returnUrl=%2Fmenu", ct))
        {
            Assert.Equal("/menu", off.Headers.Location!.OriginalString);
            Assert.StartsWith("wh.large=0;", Assert.Single(off.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("class=\"large\"", await client.GetStringAsync("/menu", ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/preferences/large-font")]
    [InlineData("/preferences/large-font?on=yes&returnUrl=%2Fmenu")]
    [InlineData("/preferences/large-font?on=1&on=0&returnUrl=%2Fmenu")]
    [InlineData("/preferences/large-font?on=%00&returnUrl=")]
    public async Task Missing_or_garbage_on_changes_nothing_and_goes_back(string url)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(url.Contains("returnUrl=%2Fmenu", StringComparison.Ordinal) ? "/menu" : "/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("menu")]
    public async Task An_unsafe_return_address_goes_home(string returnUrl)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/preferences/large-font?on=1&returnUrl=" + Uri.EscapeDataString(returnUrl), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_switch_is_a_link_for_signed_in_workers_too()
    {
        using var worker = app.Anonymous();
        using (await Security.LoginForm.PostAsync(worker, "worker01", "Demo@2026"))
        {
        }
        var me = await worker.GetStringAsync("/me", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/preferences/large-font?on=1&amp;returnUrl=%2Fme\"", me, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/preferences/large-font\"", me, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_form_post_still_flips_the_mode_for_pages_rendered_before_the_link()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.Anonymous();
        // Any page with a form gives the token and its cookie, as the old pages did.
        var token = HtmlPages.AntiforgeryToken(await client.GetStringAsync("/login", ct));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/menu" });
        using var response = await client.PostAsync("/preferences/large-font", form, ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/menu", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wh.large=1;", StringComparison.Ordinal));

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/menu" });
        using var withoutToken = await client.PostAsync("/preferences/large-font", forged, ct);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : LargeFontSwitchTests(app);

    public sealed class OnPostgres(PostgresApp app) : LargeFontSwitchTests(app);
}
