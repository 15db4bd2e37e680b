using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// Hardship aid from application to payment: worker17 on the phone applies to 绥山镇总工会 with the household and the
/// income-and-health consent; 绥山镇 (suishan) approves at the first level, 峨眉山市 (emeishan) at the county, 乐山市
/// (leshan) at the city; the public notice shows 郑** only; leshan records the payment and the worker sees 已发放.
/// The clock cannot move in a browser test, so this journey's own server runs with <c>Aid:NoticeDays = 0</c>: the notice
/// is posted (until payment) and payment is allowed the same day. Every other host keeps the 7 days.
/// </summary>
public abstract class AnAidApplicationPassesThreeLevelsAndIsPaid(IServerApp web, BrowserFixture browser)
{
    private const string RealName = "郑困难";

    [Fact]
    public async Task A_worker_applies_three_levels_approve_the_notice_is_masked_and_the_aid_is_paid()
    {
        var app = web.App;
        const string first17 = "51118119700203051";
        var idNumber = first17 + IdNumbers.CheckCharacter(first17);

        var phone = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(phone, "worker17");
        await phone.GotoAsync("/aid");
        await phone.GetByLabel("工会名称或所在地").FillAsync("绥山镇");
        await phone.GetByRole(AriaRole.Button, new() { Name = "搜索工会" }).ClickAsync();
        await phone.GetByLabel("申请的工会").SelectOptionAsync(new SelectOptionValue { Label = "峨眉山市总工会 · 绥山镇总工会" });
        await phone.GetByLabel("真实姓名").FillAsync(RealName);
        await phone.GetByLabel("身份证号").FillAsync(idNumber);
        await phone.GetByLabel("手机号（选填）").FillAsync("13912340017");
        await phone.GetByLabel("成员1 姓名").FillAsync(RealName);
        await phone.GetByLabel("成员1 年龄").FillAsync("50");
        await phone.GetByLabel("成员1 月收入（元）").FillAsync("1500");
        await phone.GetByLabel("成员2 姓名").FillAsync("郑小妹");
        await phone.GetByLabel("成员2 关系").FillAsync("子女");
        await phone.GetByLabel("成员2 年龄").FillAsync("12");
        await phone.GetByLabel("成员2 月收入（元）").FillAsync("0");
        await phone.GetByLabel("因病").CheckAsync();
        await phone.GetByLabel("困难情况说明").FillAsync("本人患肾病长期透析，无法正常工作");
        await phone.GetByLabel("健康情况（选填）").FillAsync("尿毒症透析");
        await phone.GetByLabel("申请金额（元）").FillAsync("5000");
        await phone.GetByLabel("我同意工会为办理困难帮扶收集、加密保存我的家庭收入和健康信息").CheckAsync();
        await BrowserFixture.ScreenshotAsync(phone, $"{app.Provider}-aid-apply");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交帮扶申请" }).ClickAsync();
        await Expect(phone.GetByText("帮扶申请已提交")).ToBeVisibleAsync();
        await Expect(phone.Locator("[data-aid-status]").First).ToHaveTextAsync("基层审核中");

        var id = await app.DbAsync(db => db.AidApplications.Where(a => a.RealName == RealName).Select(a => a.Id).SingleAsync());
        // The diagnosis comes after the form, from the same page.
        await phone.GetByLabel("补充证明材料（诊断证明、低保证、收入证明等）").SetInputFilesAsync(new FilePayload
        {
            Name = "诊断证明.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.UTF8.GetBytes("%PDF-1.4 诊断证明"),
        });
        await phone.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("材料已上传");
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "诊断证明.pdf" })).ToBeVisibleAsync();
        foreach (var (account, button, after) in new[] { ("suishan", "基层通过", "县级审核中"), ("emeishan", "县级通过", "市级审核中"), ("leshan", "市级通过", "公示中") })
        {
            var desk = await browser.NewPageAsync(web, phone: false);
            await Journey.SignInAsync(desk, account);
            await desk.GotoAsync($"/console/aid/{id}");
            await Expect(desk.Locator("main")).ToContainTextAsync(Masking.IdNumber(idNumber));
            await Expect(desk.Locator("#documents")).ToContainTextAsync("诊断证明.pdf");
            await Expect(desk.Locator("main")).Not.ToContainTextAsync(idNumber);
            await desk.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            var dialog = desk.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("审核意见").FillAsync("情况属实，同意");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "确认通过" }).ClickAsync();
            await Expect(desk.Locator("[data-aid-status]")).ToHaveTextAsync(after);
            await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-aid-{account}");
            if (account != "leshan")
            {
                await desk.CloseAsync();
                continue;
            }

            var anyone = await browser.NewPageAsync(web, phone: true);
            await anyone.GotoAsync("/aid/notice");
            await Expect(anyone.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "郑**" })).ToContainTextAsync("¥5,000.00");
            await Expect(anyone.Locator("main")).Not.ToContainTextAsync(RealName);
            await Expect(anyone.Locator("main")).Not.ToContainTextAsync("透析");
            await BrowserFixture.ScreenshotAsync(anyone, $"{app.Provider}-aid-notice");

            await desk.GetByRole(AriaRole.Button, new() { Name = "登记发放" }).ClickAsync();
            var pay = desk.GetByRole(AriaRole.Dialog);
            await pay.GetByLabel("流水号或收据号").FillAsync("YH20261202017");
            await pay.GetByRole(AriaRole.Button, new() { Name = "确认发放" }).ClickAsync();
            await Expect(desk.Locator("[data-aid-status]")).ToHaveTextAsync("已发放");
            await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-aid-paid");
        }

        await phone.GotoAsync("/me/aid");
        await Expect(phone.Locator("[data-aid-status]").First).ToHaveTextAsync("已发放");
        await Expect(phone.Locator("main")).ToContainTextAsync("市级（乐山市总工会）通过");
        await BrowserFixture.ScreenshotAsync(phone, $"{app.Provider}-aid-mine");
    }

    public sealed class OnSqlite(AidNoticeSqliteServerApp web, BrowserFixture browser)
        : AnAidApplicationPassesThreeLevelsAndIsPaid(web, browser), IClassFixture<AidNoticeSqliteServerApp>;

    public sealed class OnPostgres(AidNoticePostgresServerApp web, BrowserFixture browser)
        : AnAidApplicationPassesThreeLevelsAndIsPaid(web, browser), IClassFixture<AidNoticePostgresServerApp>;
}

/// <summary>A server of its own with no notice days, so payment can follow the notice in a journey whose clock stands still.</summary>
public sealed class AidNoticeSqliteServerApp : SqliteServerApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Aid:NoticeDays"] = "0";
    }
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class AidNoticePostgresServerApp : PostgresServerApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Aid:NoticeDays"] = "0";
    }
}
