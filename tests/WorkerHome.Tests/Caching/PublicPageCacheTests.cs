using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Testing;
using WorkerHome.Tests.Security;

namespace WorkerHome.Tests.Caching;

/// <summary>
/// The worker HTML pages an anonymous visitor reads carry nothing per visitor (no antiforgery token, no cookie), so
/// they are served from the node's cache, per URL and query and per large-font choice, and never to or from a
/// signed-in worker.
/// </summary>
public sealed class PublicPageCacheTests(CachingSqliteApp app) : IClassFixture<CachingSqliteApp>
{
    private const string Token = "__RequestVerificationToken";

    [Fact]
    public async Task Anonymous_worker_pages_set_no_cookie_and_carry_no_antiforgery_token()
    {
        var ct = TestContext.Current.CancellationToken;
        var siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家");
        var item = await app.PublishedItemAsync();
        await app.SessionAsync(item);
        var unscheduled = await app.PublishedItemAsync();
        using var anonymous = app.Anonymous();
        foreach (var url in new[] { "/", "/menu", "/sites?q=社区", "/sites?near=36.10,103.62", $"/sites/{siteId}", $"/menu/items/{item.Id}", $"/menu/items/{unscheduled.Id}" })
        {
            using var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), url);
            var html = await response.Content.ReadAsStringAsync(ct);
            Assert.DoesNotContain(Token, html, StringComparison.Ordinal);
            Assert.DoesNotContain("method=\"post\"", html, StringComparison.Ordinal);
            Assert.Contains("/preferences/large-font?on=1&amp;returnUrl=", html, StringComparison.Ordinal);
        }
        // 点单 and 我想参加 lead a signed-out visitor to sign in and come back, as the form posts did.
        var itemPage = await HtmlPages.TextAsync(await anonymous.GetAsync($"/menu/items/{unscheduled.Id}", ct));
        Assert.Contains($"href=\"/login?returnUrl=%2Fmenu%2Fitems%2F{unscheduled.Id}\"", itemPage, StringComparison.Ordinal);
        Assert.Contains("我想参加", itemPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_anonymous_read_of_a_page_is_the_cached_one_per_query_and_font_size()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await app.SiteIdAsync("陈坪街道职工之家");
        using var anonymous = app.Anonymous();
        var first = await anonymous.GetAsync($"/sites/{id}", ct);
        Assert.Null(first.Headers.Age);
        Assert.Contains("陈坪街道职工之家", await HtmlPages.TextAsync(first), StringComparison.Ordinal);

        await app.DbAsync(db => db.Sites.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "陈坪街道职工之家（新名）"), ct));

        var cached = await anonymous.GetAsync($"/sites/{id}", ct);
        Assert.NotNull(cached.Headers.Age);
        // The security headers come with the cached copy (Blazor adds its own frame-ancestors policy beside ours).
        Assert.Contains(cached.Headers.GetValues("Content-Security-Policy"), p => p.StartsWith("default-src", StringComparison.Ordinal));
        var cachedPage = await HtmlPages.TextAsync(cached);
        Assert.Contains("陈坪街道职工之家", cachedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("（新名）", cachedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"large\"", cachedPage, StringComparison.Ordinal);

        // Another query is another page.
        var otherQuery = await HtmlPages.TextAsync(await anonymous.GetAsync($"/sites/{id}?from=search", ct));
        Assert.Contains("陈坪街道职工之家（新名）", otherQuery, StringComparison.Ordinal);

        // The large-font variant is rendered for its own (fresh), then cached for everyone in large-font mode.
        using var large = app.Anonymous();
        using (var toggled = await large.GetAsync($"/preferences/large-font?on=1&returnUrl=%2Fsites%2F{id}", ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);
            Assert.Equal($"/sites/{id}", toggled.Headers.Location!.OriginalString);
        }
        var largeFirst = await large.GetAsync($"/sites/{id}", ct);
        Assert.Null(largeFirst.Headers.Age);
        var largePage = await HtmlPages.TextAsync(largeFirst);
        Assert.Contains("<html lang=\"zh-CN\" class=\"large\">", largePage, StringComparison.Ordinal);
        Assert.Contains("陈坪街道职工之家（新名）", largePage, StringComparison.Ordinal);
        Assert.Contains("标准字体", largePage, StringComparison.Ordinal);
        Assert.Contains("/preferences/large-font?on=0&", largePage, StringComparison.Ordinal);
        var largeCached = await large.GetAsync($"/sites/{id}", ct);
        Assert.NotNull(largeCached.Headers.Age);
        Assert.Contains("class=\"large\"", await HtmlPages.TextAsync(largeCached), StringComparison.Ordinal);

        // Turned off again (wh.large=0), the visitor shares the standard copy.
        using (await large.GetAsync($"/preferences/large-font?on=0&returnUrl=%2Fsites%2F{id}", ct))
        {
        }
        var standardAgain = await large.GetAsync($"/sites/{id}", ct);
        Assert.NotNull(standardAgain.Headers.Age);
        var standardPage = await HtmlPages.TextAsync(standardAgain);
        Assert.DoesNotContain("（新名）", standardPage, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"large\"", standardPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_worker_never_gets_the_anonymous_copy_and_never_leaves_theirs()
    {
        var ct = TestContext.Current.CancellationToken;
        var item = await app.PublishedItemAsync();
        await app.SessionAsync(item);
        var url = $"/menu/items/{item.Id}";

        // Signed in with the page cookie, as on a phone: the order form (with its token) is theirs only.
        using var worker = app.Anonymous();
        using (var login = await LoginForm.PostAsync(worker, "worker01", "Demo@2026"))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }
        var workerFirst = await worker.GetAsync(url, ct);
        Assert.Null(workerFirst.Headers.Age);
        Assert.Contains("action=\"/orders/place\"", await HtmlPages.TextAsync(workerFirst), StringComparison.Ordinal);

        using var anonymous = app.Anonymous();
        var anonymousFirst = await anonymous.GetAsync(url, ct);
        Assert.Null(anonymousFirst.Headers.Age);
        var anonymousPage = await HtmlPages.TextAsync(anonymousFirst);
        Assert.DoesNotContain(Token, anonymousPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/orders/place", anonymousPage, StringComparison.Ordinal);
        Assert.NotNull((await anonymous.GetAsync(url, ct)).Headers.Age);

        // Now a cached anonymous copy exists: the worker, by cookie or by bearer token, still gets a fresh page of their own.
        foreach (var signedIn in new[] { worker, await app.As("worker01") })
        {
            var again = await signedIn.GetAsync(url, ct);
            Assert.Null(again.Headers.Age);
            var page = await HtmlPages.TextAsync(again);
            Assert.Contains("action=\"/orders/place\"", page, StringComparison.Ordinal);
            Assert.Contains(Token, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_with_a_form_for_anonymous_visitors_are_not_cached()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = app.Anonymous();
        foreach (var url in new[] { "/login", "/register" })
        {
            await anonymous.GetAsync(url, ct);
            using var again = await anonymous.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Null(again.Headers.Age);
            Assert.Contains(Token, await again.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
    }
}
