using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Planning;

public abstract class PlanExcelTests(TestApp app)
{
    private async Task<(TestCity City, PlanSummary Plan, HttpClient Admin)> PlanAsync()
    {
        var city = await app.TestCityAsync();
        var admin = await app.As("admin");
        var input = new PlanInput { UnionId = city.CityId, Year = 2026, Title = "Excel 测试计划", BudgetFen = 100 };
        var plan = await (await admin.PostJsonAsync("/api/plans", input)).ReadAsync<PlanSummary>(HttpStatusCode.Created);
        var targets = new PlanTargetsInput { Cells = [new() { CountyUnionId = city.CountyAId, Form = SiteForm.Shared, Rating = SiteRating.County, Count = 2 }] };
        await (await admin.PutJsonAsync($"/api/plans/{plan.Id}/targets", targets)).ReadAsync<PlanTable>();
        return (city, plan, admin);
    }

    [Fact]
    public async Task The_template_is_the_table_as_staff_know_it_prefilled_and_it_imports_back()
    {
        var (city, plan, admin) = await PlanAsync();
        using var _ = admin;
        var bytes = await (await admin.GetAsync($"/api/plans/{plan.Id}/template.xlsx")).Content.ReadAsByteArrayAsync();
        var rows = Read(bytes);
        using (var stream = new MemoryStream(bytes))
        {
            Assert.Equal(["县区", "主体·省级", "主体·市级", "主体·县级", "共享·省级", "共享·市级", "共享·县级", "流动·省级", "流动·市级", "流动·县级"],
                stream.GetColumns(useHeaderRow: true).Cast<string>());
        }
        Assert.Equal([city.CountyAName, city.CountyBName], rows.Select(r => r["县区"]!.ToString()));
        Assert.Equal("2", rows[0]["共享·县级"]!.ToString());

        rows[0]["共享·县级"] = 5;
        rows[1]["流动·市级"] = 3;
        var file = Write(rows);
        var preview = await (await Upload(admin, plan.Id, file, dryRun: true)).ReadAsync<PlanImportReport>();
        Assert.Empty(preview.Errors);
        Assert.False(preview.Imported);
        Assert.Equal(2, preview.Changes.Count);
        Assert.Contains(preview.Changes, c => c.Row == 2 && c.Column == "共享·县级" && c.From == 2 && c.To == 5);
        Assert.Contains(preview.Changes, c => c.Row == 3 && c.Column == "流动·市级" && c.From == 0 && c.To == 3);
        Assert.Equal(2, await TargetSumAsync(plan.Id));

        var done = await (await Upload(admin, plan.Id, file, dryRun: false)).ReadAsync<PlanImportReport>();
        Assert.True(done.Imported);
        Assert.Equal(8, await TargetSumAsync(plan.Id));

        var export = await (await admin.GetAsync($"/api/plans/{plan.Id}/export.xlsx")).Content.ReadAsByteArrayAsync();
        using var exported = new MemoryStream(export);
        Assert.Equal([PlanSheet.TargetsSheet, PlanSheet.ProgressSheet], exported.GetSheetNames());
    }

    [Fact]
    public async Task A_dry_run_lists_row_errors_and_one_bad_row_means_nothing_is_saved()
    {
        var (city, plan, admin) = await PlanAsync();
        using var _ = admin;
        var rows = Read(await (await admin.GetAsync($"/api/plans/{plan.Id}/template.xlsx")).Content.ReadAsByteArrayAsync());
        rows[0]["共享·县级"] = 7;
        rows[1]["主体·省级"] = "两个";
        rows[1]["主体·市级"] = 1001;
        rows.Add(Row("不存在的县总工会"));
        rows.Add(Row(city.CountyAName));
        var file = Write(rows);

        var preview = await (await Upload(admin, plan.Id, file, dryRun: true)).ReadAsync<PlanImportReport>();
        Assert.Equal(4, preview.TotalRows);
        Assert.Equal(1, preview.ValidRows);
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == "主体·省级");
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == "主体·市级");
        Assert.Contains(preview.Errors, e => e.Row == 4 && e.Column == "县区" && e.Message.Contains("不是本计划", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Row == 5 && e.Column == "县区" && e.Message.Contains("第 2 行", StringComparison.Ordinal));

        var problem = await (await Upload(admin, plan.Id, file, dryRun: false)).ProblemAsync(HttpStatusCode.BadRequest, "import_rejected");
        Assert.Contains("第3行", problem.Errors().Keys);
        Assert.Equal(2, await TargetSumAsync(plan.Id));
    }

    [Fact]
    public async Task Only_staff_covering_the_plan_import_and_a_non_workbook_is_a_400()
    {
        var leshan = await app.UnionIdAsync("乐山市总工会");
        using var city = await app.As("leshan");
        var plan = await (await city.PostJsonAsync("/api/plans", new PlanInput { UnionId = leshan, Year = 2095, Title = "导入权限", BudgetFen = 1 }))
            .ReadAsync<PlanSummary>(HttpStatusCode.Created);
        var template = await (await city.GetAsync($"/api/plans/{plan.Id}/template.xlsx")).Content.ReadAsByteArrayAsync();
        var rows = Read(template);
        rows[0]["共享·县级"] = 9;
        using var county = await app.As("emeishan");
        await (await Upload(county, plan.Id, Write(rows), dryRun: false)).ProblemAsync(HttpStatusCode.Forbidden, "plan_out_of_scope");
        Assert.Equal(0, await TargetSumAsync(plan.Id));
        await (await Upload(city, plan.Id, "not a spreadsheet"u8.ToArray(), dryRun: true)).ProblemAsync(HttpStatusCode.BadRequest, "excel_invalid");
    }

    private Task<int> TargetSumAsync(int planId) => app.DbAsync(db => db.PlanTargets.Where(t => t.PlanId == planId).SumAsync(t => t.Count));

    private static List<IDictionary<string, object?>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
    }

    private static Dictionary<string, object?> Row(string county)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["县区"] = county };
        foreach (var column in GetPlanTable.Columns)
        {
            row[column.Label] = 0;
        }
        return row;
    }

    private static byte[] Write(List<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, int planId, byte[] bytes, bool dryRun)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "plan.xlsx");
        return await client.PostAsync($"/api/plans/{planId}/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    public sealed class OnSqlite(SqliteApp app) : PlanExcelTests(app);

    public sealed class OnPostgres(PostgresApp app) : PlanExcelTests(app);
}
