using System.Net;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Security;

/// <summary>
/// What the scans (scripts/scan.sh, bench/lighthouse/run.sh) found, kept fixed: a query value that does not parse is
/// ignored instead of failing the page with a 500 (wapiti), and the worker pages load no Blazor script (Lighthouse).
/// Pages only: SQLite is enough.
/// </summary>
public sealed class ScannerFindingsTests(SqliteApp app)
{
    [Theory]
    [InlineData("/sites?page=%3Benv%3B")]
    [InlineData("/sites?station=%3Benv%3B")]
    [InlineData("/sites?area=9%C2%BF%27%22%28")]
    [InlineData("/sites?open=nope&page=-1")]
    public async Task A_site_list_query_value_that_does_not_parse_is_ignored_not_a_500(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("阵地", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_pages_load_no_Blazor_script_and_the_console_does()
    {
        using var anonymous = app.Anonymous();
        using var staff = await app.As("emeishan");
        foreach (var path in new[] { "/", "/menu", "/sites", "/login" })
        {
            var html = await anonymous.GetStringAsync(path);
            Assert.DoesNotContain("_framework/blazor.web", html, StringComparison.Ordinal);
            Assert.Contains("js/worker", html, StringComparison.Ordinal);
        }
        Assert.Contains("_framework/blazor.web", await staff.GetStringAsync("/console/sites"), StringComparison.Ordinal);
    }
}
