using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// A food-delivery rider joins the union: worker16 on the phone finds 绥山镇总工会 in 峨眉山市, applies as 外卖骑手 with
/// the ID-number consent, and sees the review deadline; Emeishan's staff approve in the console; the worker opens the
/// electronic member card, whose QR image loads and whose verification address, opened by anyone, says 有效会员.
/// </summary>
public abstract class AGigWorkerJoinsAndGetsACard(IServerApp web, BrowserFixture browser)
{
    private const string RealName = "赵骑手";

    [Fact]
    public async Task A_rider_applies_on_the_phone_staff_approve_and_the_card_verifies()
    {
        var app = web.App;
        const string first17 = "51118119960708041";
        var idNumber = first17 + IdNumbers.CheckCharacter(first17);

        // 申请入会 on the phone: search the township union, then fill the form.
        var worker = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(worker, "worker16");
        await worker.GotoAsync("/me");
        await worker.GetByRole(AriaRole.Link, new() { Name = "我的会员卡" }).ClickAsync();
        await worker.GetByRole(AriaRole.Link, new() { Name = "申请入会" }).ClickAsync();
        await worker.GetByLabel("按就业形态查找").SelectOptionAsync(new SelectOptionValue { Label = "外卖骑手" });
        await worker.GetByLabel("工会名称或所在地").FillAsync("绥山镇");
        await worker.GetByRole(AriaRole.Button, new() { Name = "搜索工会" }).ClickAsync();
        await worker.GetByLabel("申请加入的工会").SelectOptionAsync(new SelectOptionValue { Label = "峨眉山市总工会 · 绥山镇总工会" });
        await Expect(worker.GetByLabel("就业形态", new() { Exact = true })).ToHaveValueAsync("FoodDelivery");
        await worker.GetByLabel("工作单位或服务平台（选填）").FillAsync("美团外卖");
        await worker.GetByLabel("真实姓名").FillAsync(RealName);
        await worker.GetByLabel("身份证号", new() { Exact = true }).FillAsync(idNumber);
        await worker.GetByRole(AriaRole.Button, new() { Name = "提交入会申请" }).ClickAsync();
        // Without the separate consent the form refuses and says why.
        await Expect(worker.GetByText("请阅读并同意为办理入会收集身份证号")).ToBeVisibleAsync();
        await worker.GetByLabel("身份证号", new() { Exact = true }).FillAsync(idNumber);
        await worker.GetByLabel("我同意工会为办理入会和会籍管理收集、加密保存我的身份证号").CheckAsync();
        await BrowserFixture.ScreenshotAsync(worker, $"{app.Provider}-membership-apply");
        await worker.GetByRole(AriaRole.Button, new() { Name = "提交入会申请" }).ClickAsync();
        await Expect(worker.GetByText("入会申请已提交")).ToBeVisibleAsync();
        await Expect(worker.GetByText("2026年12月9日 前")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(worker, $"{app.Provider}-membership-applied");

        // 审核 in the console: the list shows the ID number masked; 通过 issues the number.
        var desk = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(desk, "emeishan");
        await desk.GotoAsync("/console/membership");
        var row = desk.GetByRole(AriaRole.Row).Filter(new() { HasText = RealName });
        await Expect(row).ToContainTextAsync(Masking.IdNumber(idNumber));
        await Expect(row).Not.ToContainTextAsync(idNumber);
        await row.GetByRole(AriaRole.Button, new() { Name = $"通过 {RealName}", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true }).ClickAsync();
        await Expect(desk.GetByText("已通过，会员编号").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-membership-approved");

        // 我的会员卡: the card with its QR, and the verification address says 有效会员 to anyone.
        await worker.GotoAsync("/me/membership");
        await Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "中华全国总工会会员证（电子）" })).ToBeVisibleAsync();
        await Expect(worker.GetByText(Masking.IdNumber(idNumber))).ToBeVisibleAsync();
        var qr = worker.GetByRole(AriaRole.Img, new() { Name = "会员证验证二维码" });
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the QR image loads");
        await BrowserFixture.ScreenshotAsync(worker, $"{app.Provider}-membership-card");
        var verifyUrl = await worker.GetByRole(AriaRole.Link, new() { Name = "验证地址" }).GetAttributeAsync("data-verify-url");
        Assert.False(string.IsNullOrEmpty(verifyUrl));
        var anyone = await browser.NewPageAsync(web, phone: true);
        await anyone.GotoAsync(verifyUrl!);
        await Expect(anyone.GetByText("有效会员", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(anyone.GetByText("赵**")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(anyone, $"{app.Provider}-membership-verified");
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : AGigWorkerJoinsAndGetsACard(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : AGigWorkerJoinsAndGetsACard(web, browser);
}
