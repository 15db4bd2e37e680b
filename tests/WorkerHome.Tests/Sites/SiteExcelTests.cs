using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using WorkerHome.Features.Sites;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sites;

public abstract class SiteExcelTests(TestApp app)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task The_export_is_the_staff_subtree_as_a_spreadsheet_in_the_import_layout()
    {
        using var client = await app.As("jingyan");
        var response = await client.GetAsync("/api/sites/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        var rows = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(rows, r => (string)r[SiteSheet.Name]! == "井研县周坡镇职工之家" && (string)r[SiteSheet.Form]! == "共享");
        Assert.All(rows, r => Assert.StartsWith("511124", (string)r[SiteSheet.RegionCode]!, StringComparison.Ordinal));
        // Other tests import into 井研 meanwhile; compare the demo sites, which only this export reads.
        var demo = WorkerHome.Data.Seed.DemoSites.All.Where(d => d.Township.StartsWith("511124", StringComparison.Ordinal)).Select(d => d.Name).Order().ToList();
        Assert.Equal(demo, rows.Select(r => (string)r[SiteSheet.Name]!).Where(demo.Contains).Order());
        var zhoupo = rows.Single(r => (string)r[SiteSheet.Name]! == "井研县周坡镇职工之家");
        Assert.Equal("周一至周六 08:30-17:30", (string)zhoupo[SiteSheet.Hours]!);
    }

    [Fact]
    public async Task The_export_honours_the_list_filters_and_needs_staff()
    {
        using var staff = await app.As("leshan");
        var rows = Read(await (await staff.GetAsync("/api/sites/export?form=流动")).Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("流动", (string)r[SiteSheet.Form]!));
        using var worker = await app.As("worker03");
        await (await worker.GetAsync("/api/sites/export")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await staff.GetAsync("/api/sites/export?form=castle")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task The_template_has_the_columns_and_a_guide()
    {
        using var client = await app.As("jingyan");
        var bytes = await (await client.GetAsync("/api/sites/import/template")).Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["阵地", "填写说明"], stream.GetSheetNames());
        stream.Position = 0;
        var columns = stream.GetColumns(useHeaderRow: true).Cast<string>().ToList();
        Assert.Equal(SiteSheet.Columns, columns);
    }

    [Fact]
    public async Task A_good_file_is_checked_then_imported_in_full()
    {
        using var client = await app.As("jingyan");
        var names = Enumerable.Range(1, 3).Select(i => $"导入测试 {Guid.NewGuid().ToString("N")[..6]} {i}").ToList();
        var file = Sheet(names.Select(n => Row(n)).ToArray());

        var preview = await (await Upload(client, file, dryRun: true)).ReadAsync<ImportReport>();
        Assert.Equal(3, preview.TotalRows);
        Assert.Equal(3, preview.ValidRows);
        Assert.Equal(0, preview.Imported);
        Assert.Empty(preview.Errors);
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => names.Contains(s.Name))));

        var done = await (await Upload(client, file, dryRun: false)).ReadAsync<ImportReport>();
        Assert.Equal(3, done.Imported);
        var saved = await app.DbAsync(db => db.Sites.Where(s => names.Contains(s.Name)).ToListAsync());
        Assert.Equal(3, saved.Count);
        Assert.All(saved, s => Assert.Equal(6, s.OpeningHours.Count));
        Assert.All(saved, s => Assert.Equal("511124104", s.RegionCode));
    }

    [Fact]
    public async Task One_bad_row_is_reported_with_its_row_and_column_and_nothing_is_imported()
    {
        using var client = await app.As("jingyan");
        var good = $"导入测试 {Guid.NewGuid().ToString("N")[..6]} 好";
        var bad = $"导入测试 {Guid.NewGuid().ToString("N")[..6]} 坏";
        var outside = $"导入测试 {Guid.NewGuid().ToString("N")[..6]} 越权";
        var file = Sheet(Row(good), Row(bad, form: "城堡", hours: "随时"), Row(outside, union: "峨眉山市总工会", township: "绥山镇"));

        var preview = await (await Upload(client, file, dryRun: true)).ReadAsync<ImportReport>();
        Assert.Equal(1, preview.ValidRows);
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == SiteSheet.Form);
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Column == SiteSheet.Hours);
        Assert.Contains(preview.Errors, e => e.Row == 4 && e.Column == SiteSheet.Union && e.Message.Contains("管理范围", StringComparison.Ordinal));

        var problem = await (await Upload(client, file, dryRun: false)).ProblemAsync(HttpStatusCode.BadRequest, "import_rejected");
        Assert.Contains("第3行", problem.Errors().Keys);
        Assert.Equal(3, problem.GetProperty("report").GetProperty("totalRows").GetInt32());
        Assert.False(await app.DbAsync(db => db.Sites.AnyAsync(s => s.Name == good || s.Name == bad || s.Name == outside)));
    }

    [Fact]
    public async Task Names_already_taken_or_repeated_in_the_file_are_errors()
    {
        using var client = await app.As("jingyan");
        var name = $"导入测试 {Guid.NewGuid().ToString("N")[..6]} 重名";
        var file = Sheet(Row(name), Row(name), Row("井研县周坡镇职工之家", union: "周坡镇总工会"));
        var preview = await (await Upload(client, file, dryRun: true)).ReadAsync<ImportReport>();
        Assert.Contains(preview.Errors, e => e.Row == 3 && e.Message.Contains("重名", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Row == 4 && e.Message.Contains("同名", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not a spreadsheet", "text/plain")]
    [InlineData("", Xlsx)]
    public async Task A_file_that_is_not_a_workbook_is_a_400(string content, string type)
    {
        using var client = await app.As("jingyan");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", "sites.xlsx");
        await (await client.PostAsync("/api/sites/import?dryRun=true", form)).ProblemAsync(HttpStatusCode.BadRequest, "import_file_invalid");
    }

    [Fact]
    public async Task A_sheet_without_the_required_columns_is_a_400()
    {
        using var client = await app.As("jingyan");
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["名字"] = "x" } });
        await (await Upload(client, stream.ToArray(), dryRun: true)).ProblemAsync(HttpStatusCode.BadRequest, "import_file_invalid");
    }

    [Fact]
    public async Task An_export_imports_back_once_renamed()
    {
        using var client = await app.As("jingyan");
        var exported = Read(await (await client.GetAsync("/api/sites/export?q=" + Uri.EscapeDataString("研城街道"))).Content.ReadAsByteArrayAsync());
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var renamed = exported.Select(r =>
        {
            var copy = new Dictionary<string, object?>(r, StringComparer.Ordinal) { [SiteSheet.Name] = $"导入测试 {suffix} " + r[SiteSheet.Name] };
            return (IDictionary<string, object?>)copy;
        }).ToArray();
        var report = await (await Upload(client, Sheet(renamed), dryRun: false)).ReadAsync<ImportReport>();
        Assert.Equal(exported.Count, report.Imported);
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, byte[] bytes, bool dryRun)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        form.Add(file, "file", "阵地.xlsx");
        return await client.PostAsync($"/api/sites/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    private static IDictionary<string, object?> Row(string name, string form = "共享", string hours = "周一至周六 09:00-18:00",
        string union = "周坡镇总工会", string township = "周坡镇") => new Dictionary<string, object?>
    {
        [SiteSheet.Name] = name,
        [SiteSheet.Form] = form,
        [SiteSheet.Rating] = "县级",
        [SiteSheet.Status] = "运营中",
        [SiteSheet.Host] = "周坡镇测试单位",
        [SiteSheet.Union] = union,
        [SiteSheet.RegionCode] = "",
        [SiteSheet.Township] = township,
        [SiteSheet.Address] = "周坡镇测试路",
        [SiteSheet.Latitude] = 29.70,
        [SiteSheet.Longitude] = 104.05,
        [SiteSheet.ContactName] = "测试",
        [SiteSheet.ContactPhone] = "0833-3712345",
        [SiteSheet.Areas] = "职工书屋、技能培训基地",
        [SiteSheet.Hours] = hours,
        [SiteSheet.ValidFrom] = "",
        [SiteSheet.ValidTo] = "",
        [SiteSheet.HostProject] = "",
        [SiteSheet.Description] = "",
    };

    private static byte[] Sheet(params IDictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: SiteSheet.SheetName);
        return stream.ToArray();
    }

    private static List<IDictionary<string, object?>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => (IDictionary<string, object?>)r.ToDictionary(kv => kv.Key, kv => kv.Value is null ? null : (object?)Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal))
            .ToList();
    }

    public sealed class OnSqlite(SqliteApp app) : SiteExcelTests(app);

    public sealed class OnPostgres(PostgresApp app) : SiteExcelTests(app);
}
