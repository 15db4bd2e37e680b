using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Funding;

public abstract class FundingReportTests(TestApp app)
{
    private sealed record Fixture(ProjectStage Stage, int Year, (FundingSource Source, string Funder, long Amount, long Paid)[] Lines);

    [Fact]
    public async Task The_report_sums_the_selected_projects_of_the_callers_subtree_by_county_level_and_source()
    {
        var scene = await app.FundingSceneAsync();
        Fixture[] fixtures =
        [
            new(ProjectStage.Selected, 2026, [(FundingSource.Subsidy, "county", 5_000_000, 2_000_000), (FundingSource.SelfRaised, "township", 3_000_000, 0)]),
            new(ProjectStage.Accepted, 2026, [(FundingSource.Subsidy, "city", 10_000_000, 10_000_000), (FundingSource.Matching, "county", 5_000_000, 1_234_567), (FundingSource.SelfRaised, "township", 5_000_000, 5_000_000)]),
            new(ProjectStage.AwaitingAcceptance, 2026, [(FundingSource.Subsidy, "county", 700_001, 0)]),
            new(ProjectStage.Draft, 2026, [(FundingSource.Subsidy, "county", 99_999_999, 0)]),
            new(ProjectStage.Submitted, 2026, [(FundingSource.Subsidy, "county", 88_888_888, 0)]),
            new(ProjectStage.Selected, 2025, [(FundingSource.Subsidy, "county", 77_777_777, 0)]),
        ];
        var funders = new Dictionary<string, int> { ["city"] = scene.CityId, ["county"] = scene.CountyId, ["township"] = scene.TownshipId };
        foreach (var fixture in fixtures)
        {
            var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, fixture.Stage, budgetFen: 200_000_000, requestedFen: 0, year: fixture.Year);
            foreach (var (source, funder, amount, paid) in fixture.Lines)
            {
                var line = await app.LineAsync(project, source, funders[funder], amount);
                await app.DbAsync(db => db.FundingLines.Where(l => l.Id == line).ExecuteUpdateAsync(s => s.SetProperty(l => l.PaidFen, paid)));
            }
        }
        var counted = fixtures.Where(f => f.Year == 2026 && f.Stage is ProjectStage.Selected or ProjectStage.AwaitingAcceptance or ProjectStage.Accepted).ToList();
        var lines = counted.SelectMany(f => f.Lines).ToList();

        using var county = app.Bearer(scene.CountyStaff);
        var byCounty = await (await county.GetAsync("/api/funding/report?year=2026&by=county")).ReadAsync<FundingReport>();
        var row = Assert.Single(byCounty.Rows);
        Assert.Equal((scene.CountyId.ToString(System.Globalization.CultureInfo.InvariantCulture), 3), (row.Key, row.Projects));
        Assert.Equal(lines.Sum(l => l.Amount), row.ApprovedFen);
        Assert.Equal(lines.Sum(l => l.Paid), row.PaidFen);
        Assert.Equal(lines.Sum(l => l.Amount - l.Paid), byCounty.Total.RemainingFen);

        var byLevel = await (await county.GetAsync("/api/funding/report?year=2026&by=level")).ReadAsync<FundingReport>();
        foreach (var (level, funder) in new[] { ("City", "city"), ("County", "county"), ("Township", "township") })
        {
            var expected = lines.Where(l => l.Funder == funder).ToList();
            var got = byLevel.Rows.Single(r => r.Key == level);
            Assert.Equal((expected.Sum(l => l.Amount), expected.Sum(l => l.Paid)), (got.ApprovedFen, got.PaidFen));
        }
        Assert.Equal(2, byLevel.Rows.Single(r => r.Key == "Township").Projects);

        var bySource = await (await county.GetAsync("/api/funding/report?year=2026&by=source")).ReadAsync<FundingReport>();
        foreach (var source in Enum.GetValues<FundingSource>())
        {
            var expected = lines.Where(l => l.Source == source).ToList();
            var got = bySource.Rows.Single(r => r.Key == source.ToString());
            Assert.Equal((counted.Count(f => f.Lines.Any(l => l.Source == source)), expected.Sum(l => l.Amount), expected.Sum(l => l.Paid)),
                (got.Projects, got.ApprovedFen, got.PaidFen));
        }

        // The township sees only its own projects, which here are all of them; another county sees none of them.
        using var jingyan = await app.As("jingyan");
        var theirs = await (await jingyan.GetAsync("/api/funding/report?year=2026&by=county")).ReadAsync<FundingReport>();
        Assert.DoesNotContain(theirs.Rows, r => r.Key == row.Key);

        var export = await county.GetAsync("/api/funding/report.xlsx?year=2026");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var stream = await export.Content.ReadAsStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        buffer.Position = 0;
        Assert.Equal(["2026年按县区", "2026年按级别", "2026年按来源"], buffer.GetSheetNames());
        var sheet = buffer.Query(useHeaderRow: true, sheetName: "2026年按来源").Cast<IDictionary<string, object>>().ToList();
        var total = sheet.Single(r => (string)r["经费来源"] == "合计");
        Assert.Equal(lines.Sum(l => l.Amount) / 100m, Convert.ToDecimal(total["批准金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("year=1900", "year")]
    [InlineData("by=township", "by")]
    public async Task A_bad_year_or_grouping_is_a_400(string query, string field)
    {
        using var leshan = await app.As("leshan");
        var problem = await (await leshan.GetAsync($"/api/funding/report?{query}")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
    }

    [Fact]
    public async Task Workers_and_anonymous_callers_get_no_report()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/funding/report")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker04");
        await (await worker.GetAsync("/api/funding/report.xlsx")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    public sealed class OnSqlite(SqliteApp app) : FundingReportTests(app);

    public sealed class OnPostgres(PostgresApp app) : FundingReportTests(app);
}
