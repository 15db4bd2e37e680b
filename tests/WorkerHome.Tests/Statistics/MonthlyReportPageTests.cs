using System.Net;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Statistics;

/// <summary>The printable monthly report (月报): the month's figures for a node in scope, a clear message otherwise.</summary>
public abstract class MonthlyReportPageTests(TestApp app)
{
    [Fact]
    public async Task The_report_of_county_A_for_October_shows_its_figures_and_the_chart_data()
    {
        var fixture = await StatisticsFixture.OfAsync(app);
        using var admin = await app.As("admin");
        var page = await (await admin.GetAsync($"/reports/monthly?union={fixture.CountyA}&month=2026-10")).TextAsync();
        Assert.Contains($"统计测试甲县总工会", page, StringComparison.Ordinal);
        Assert.Contains("服务月报（2026年10月）", page, StringComparison.Ordinal);
        // October in county A: 3 confirmed orders, 2 came on their order, 2 feedbacks (the funnel's table rows).
        Assert.Contains("<tr><td>预约下单</td><td>3</td>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>到场服务</td><td>2</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"funnel\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"report-data\"", page, StringComparison.Ordinal);
        Assert.Contains("lib/echarts/echarts.common.min", page, StringComparison.Ordinal);
        Assert.Contains("css/report", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_county_a_bad_month_and_anonymous_visitors_are_turned_away()
    {
        var jingyan = await app.UnionIdAsync("井研县总工会");
        using var emeishan = await app.As("emeishan");
        Assert.Contains("未找到该工会，或不在您的管理范围内", await (await emeishan.GetAsync($"/reports/monthly?union={jingyan}&month=2026-10")).TextAsync(), StringComparison.Ordinal);
        Assert.Contains("月份格式应为 yyyy-MM", await (await emeishan.GetAsync("/reports/monthly?month=2026-1x")).TextAsync(), StringComparison.Ordinal);
        using var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync("/reports/monthly");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : MonthlyReportPageTests(app);

    public sealed class OnPostgres(PostgresApp app) : MonthlyReportPageTests(app);
}
