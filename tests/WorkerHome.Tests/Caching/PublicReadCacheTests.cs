using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Caching;

/// <summary>A host with the public read cache on (the other test hosts turn it off to read what they just wrote).</summary>
public sealed class CachingSqliteApp : SqliteApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Caching:PublicReadSeconds"] = "60";
    }
}

/// <summary>
/// The public reads are served from the node's cache to anonymous callers, per URL and query, and never to a signed-in
/// caller, who always sees the database.
/// </summary>
public sealed class PublicReadCacheTests(CachingSqliteApp app) : IClassFixture<CachingSqliteApp>
{
    [Fact]
    public async Task An_anonymous_site_read_is_served_from_the_cache_while_staff_and_other_queries_see_the_change()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await app.SiteIdAsync("西柳沟街道上坎社区职工之家");
        using var anonymous = app.Anonymous();
        var first = await anonymous.GetAsync($"/api/sites/{id}", ct);
        var before = await NameAsync(first);
        Assert.Null(first.Headers.Age);

        await app.DbAsync(db => db.Sites.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "上坎社区职工之家（新名）"), ct));

        var cached = await anonymous.GetAsync($"/api/sites/{id}", ct);
        Assert.Equal(before, await NameAsync(cached));
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains("default-src", cached.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var staff = await app.As("xigu");
        var fresh = await staff.GetAsync($"/api/sites/{id}", ct);
        Assert.Equal("上坎社区职工之家（新名）", await NameAsync(fresh));
        Assert.Null(fresh.Headers.Age);

        var otherQuery = await anonymous.GetAsync($"/api/sites/{id}?near=36.10,103.62", ct);
        Assert.Equal("上坎社区职工之家（新名）", await NameAsync(otherQuery));
    }

    [Fact]
    public async Task Menu_and_search_answers_are_cached_for_anonymous_callers_only()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = app.Anonymous();
        foreach (var url in new[] { "/api/menu?page=1&pageSize=5", "/api/sites?q=社区&page=1&pageSize=5" })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url, ct)).StatusCode);
            Assert.NotNull((await anonymous.GetAsync(url, ct)).Headers.Age);
        }
        using var worker = await app.As("worker01");
        await worker.GetAsync("/api/menu?page=1&pageSize=6", ct);
        Assert.Null((await worker.GetAsync("/api/menu?page=1&pageSize=6", ct)).Headers.Age);
        // An error is never stored.
        await anonymous.GetAsync("/api/sites?page=0", ct);
        Assert.Null((await anonymous.GetAsync("/api/sites?page=0", ct)).Headers.Age);
    }

    private static async Task<string> NameAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("summary").GetProperty("name").GetString()!;
    }
}
