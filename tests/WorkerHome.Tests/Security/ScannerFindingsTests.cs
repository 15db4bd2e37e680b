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

    [Theory]
    [InlineData("/results?union=%3Benv%3B")]
    [InlineData("/results?union=9%C2%BF%27%22%28")]
    public async Task A_typed_page_query_value_that_does_not_parse_is_a_400_page_in_Chinese_not_a_500(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("链接中的参数不正确", html, StringComparison.Ordinal);
        Assert.Contains("返回首页", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/me\r\nSet-Cookie: x=1")]
    [InlineData("/sites/\u4e50\u5c71")]
    [InlineData("//evil.example/")]
    public async Task The_large_font_switch_goes_home_when_the_return_address_is_not_a_plain_local_path(string escaped)
    {
        var returnUrl = System.Text.RegularExpressions.Regex.Unescape(escaped);
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/preferences/large-font?on=1&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
