using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Features.RightsCases;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// 维权诉求 end to end: worker18 on a phone reports unpaid wages to 峨眉山市; 峨眉山市's staff assign the case and escalate
/// it to 乐山市 (after which it is out of their sight); 乐山市's staff close it as 调解成功; the worker sees the outcome and
/// rates the handling.
/// </summary>
public abstract class ARightsCaseIsEscalatedAndClosed(IServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task A_worker_reports_unpaid_wages_the_county_escalates_the_city_closes_and_the_worker_rates_it()
    {
        var employer = "峨眉山某劳务公司" + Guid.NewGuid().ToString("N")[..4];
        var phone = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(phone, "worker18");
        await phone.GotoAsync("/rights");
        await phone.GetByLabel("诉求类别").SelectOptionAsync(new SelectOptionValue { Label = "欠薪" });
        await phone.GetByLabel("向哪个工会反映").SelectOptionAsync(new SelectOptionValue { Label = "峨眉山市总工会" });
        await phone.GetByLabel("用人单位").FillAsync(employer);
        await phone.GetByLabel("发生了什么").FillAsync("在工地干了两个月，老板一直拖着不发工资，共八千六百元。");
        await phone.GetByLabel("涉及金额（元，选填）").FillAsync("8600");
        await phone.GetByLabel("联系电话（选填）").FillAsync("13912340018");
        // Without the separate consent nothing is submitted.
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交诉求" }).ClickAsync();
        await Expect(phone.GetByText("请同意为办理本诉求处理您的个人信息")).ToBeVisibleAsync();
        await phone.GetByLabel("我同意工会为办理本诉求处理").CheckAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-rights-submit");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交诉求" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("已提交");
        var found = await web.App.DbAsync(db => db.RightsCases.Where(c => c.EmployerName == employer).Select(c => new { c.Id, c.Number }).SingleAsync());
        await Expect(phone.Locator("h1")).ToHaveTextAsync(found.Number);
        // The worker adds the pay slip from the case page (a plain form post).
        await phone.GetByLabel("补充材料（劳动合同、工资条、照片等）").SetInputFilesAsync(new FilePayload
        {
            Name = "工资条.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 工资条"),
        });
        await phone.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("材料已上传");
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "工资条.pdf" })).ToBeVisibleAsync();

        var county = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(county, "emeishan");
        await county.GotoAsync("/console/rights");
        var row = county.GetByRole(AriaRole.Row).Filter(new() { HasText = found.Number });
        await Expect(row).ToContainTextAsync("139****0018");
        await Expect(row).ToContainTextAsync("已受理");
        await BrowserFixture.ScreenshotAsync(county, $"{web.App.Provider}-console-rights");
        await row.GetByRole(AriaRole.Link, new() { Name = found.Number }).ClickAsync();
        await county.GetByRole(AriaRole.Button, new() { Name = "分派" }).ClickAsync();
        var assign = county.GetByRole(AriaRole.Dialog);
        await Journey.ChooseAsync(county, "承办人", "峨眉山市总工会 李红");
        await assign.GetByRole(AriaRole.Button, new() { Name = "确定分派" }).ClickAsync();
        await Expect(county.Locator("main")).ToContainTextAsync("已分派给工作人员 峨眉山市总工会 李红");
        await county.GetByLabel("办理记录 / 内部备注").FillAsync("内部：该公司在乐山市区注册，需市总协调。");
        await county.GetByRole(AriaRole.Button, new() { Name = "添加记录" }).ClickAsync();
        await Expect(county.Locator("main")).ToContainTextAsync("内部：该公司在乐山市区注册");
        await Expect(county.GetByRole(AriaRole.Link, new() { Name = "工资条.pdf" })).ToBeVisibleAsync();
        await county.Locator("#documents input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "企业注册信息.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 注册信息"),
        });
        await Expect(county.Locator("#documents")).ToContainTextAsync("企业注册信息.pdf");
        await Expect(county.Locator("#documents")).ToContainTextAsync("工作人员上传 · 内部");
        await BrowserFixture.ScreenshotAsync(county, $"{web.App.Provider}-console-rights-case");
        await county.GetByRole(AriaRole.Button, new() { Name = "上报上级" }).ClickAsync();
        var escalate = county.GetByRole(AriaRole.Dialog);
        await escalate.GetByLabel("上报原因").FillAsync("用人单位注册在乐山市区，需市总工会协调");
        await escalate.GetByRole(AriaRole.Button, new() { Name = "确定上报" }).ClickAsync();
        // The console navigates inside the page (no load event): wait for the address itself.
        await Expect(county).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/rights$"));
        await Expect(county.GetByRole(AriaRole.Row).Filter(new() { HasText = found.Number })).ToHaveCountAsync(0);

        var city = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(city, "leshan");
        await city.GotoAsync($"/console/rights/{found.Id}");
        await Expect(city.Locator("main")).ToContainTextAsync("由峨眉山市总工会上报至乐山市总工会");
        await Expect(city.Locator("main")).ToContainTextAsync("乐山市总工会");
        // leshan holds 敏感信息查阅: the full phone after a stated reason, written to the access log.
        await city.GetByRole(AriaRole.Button, new() { Name = $"查看{found.Number}的完整手机号" }).ClickAsync();
        await city.GetByRole(AriaRole.Dialog).GetByLabel("查看原因").FillAsync("电话联系职工补充欠薪证据");
        await city.GetByRole(AriaRole.Button, new() { Name = "查看并记录" }).ClickAsync();
        await Expect(city.GetByTestId("sensitive-Phone")).ToHaveTextAsync("13912340018");
        var key = found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await web.App.DbAsync(db => db.SensitiveAccessLog.Where(e => e.EntityType == "RightsCase" && e.EntityId == key).SingleAsync());
        Assert.Equal(("leshan", "电话联系职工补充欠薪证据"), (entry.UserName, entry.Reason));
        await city.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        var close = city.GetByRole(AriaRole.Dialog);
        await Journey.ChooseAsync(city, "办结结果", "调解成功");
        await close.GetByLabel("办结说明（职工可见，选填）").FillAsync("公司同意本月底前一次性补发工资");
        await close.GetByRole(AriaRole.Button, new() { Name = "确定办结" }).ClickAsync();
        await Expect(city.Locator("main")).ToContainTextAsync("已办结：调解成功");
        await BrowserFixture.ScreenshotAsync(city, $"{web.App.Provider}-console-rights-closed");

        await phone.GotoAsync("/me/rights");
        await phone.GetByRole(AriaRole.Link, new() { Name = $"{found.Number} · {employer}" }).ClickAsync();
        await Expect(phone.Locator("#rights-status")).ToHaveTextAsync("已办结");
        await Expect(phone.GetByText("办结结果：调解成功")).ToBeVisibleAsync();
        await Expect(phone.Locator("main")).Not.ToContainTextAsync("内部：该公司");
        await Expect(phone.Locator("main")).Not.ToContainTextAsync("企业注册信息.pdf");
        await phone.GetByLabel("评分").SelectOptionAsync("5");
        await phone.GetByLabel("说几句（选填）").FillAsync("工会帮我要回了工资，谢谢！");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("感谢您的评价");
        await Expect(phone.GetByText("我的评价：5 分")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{web.App.Provider}-rights-rated");

        var stored = await web.App.DbAsync(db => db.RightsCases.AsNoTracking().SingleAsync(c => c.Id == found.Id));
        Assert.Equal(RightsOutcome.Mediated, stored.Outcome);
        Assert.Equal(5, stored.Rating);
        Assert.DoesNotContain("13912340018", stored.PhoneCipher, StringComparison.Ordinal);
        var views = await web.App.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == nameof(RightsCase) && l.EntityId == key && l.Kind == OperationKind.Viewed).Select(l => l.UserName).ToListAsync());
        Assert.Contains("emeishan", views);
        Assert.Contains("leshan", views);
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : ARightsCaseIsEscalatedAndClosed(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : ARightsCaseIsEscalatedAndClosed(web, browser);
}
