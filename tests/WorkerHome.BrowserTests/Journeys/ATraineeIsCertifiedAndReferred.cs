using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Features.Training;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// Skills training that ends in a job: a worker enrols on the phone in the demo housekeeping course; Emeishan's staff
/// take the roll of two sessions in the console and finish the course; the worker finds the certificate, whose QR
/// image loads and whose verification address, opened by anyone, says it is valid; staff refer the trainee to a demo
/// posting asking for housekeeping, and the worker sees the referral. The sessions lie after 2026-12-05, so this
/// journey moves its own host's clock past them before the roll call.
/// </summary>
public abstract class ATraineeIsCertifiedAndReferred(IServerApp web, BrowserFixture browser)
{
    private const string CourseTitle = "家政服务技能培训（第3期）";
    private const string Trainee = "职工05";

    [Fact]
    public async Task A_worker_enrols_completes_gets_a_certificate_that_verifies_and_is_referred_to_a_job()
    {
        var app = web.App;
        var courseId = await app.DbAsync(db => db.TrainingCourses.Where(c => c.Title == CourseTitle).Select(c => c.Id).SingleAsync());
        var sessions = await app.DbAsync(db => db.TrainingSessions.Where(s => s.CourseId == courseId).OrderBy(s => s.StartsAt)
            .Select(s => new { s.Topic, s.EndsAt }).ToListAsync());
        Assert.True(sessions.Count >= 2, "the demo course has sessions to take the roll of");

        // 报名 on the phone, choosing where the trainee lives.
        var worker = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(worker, "worker05");
        await worker.GotoAsync($"/training/{courseId}");
        var township = worker.GetByLabel("居住乡镇（街道）");
        var code = await township.EvaluateAsync<string>("s => [...s.options].find(o => o.value).value");
        await township.SelectOptionAsync(code);
        await worker.GetByRole(AriaRole.Button, new() { Name = "报名参加" }).ClickAsync();
        await Expect(worker.GetByText("已报名").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(worker, $"{app.Provider}-training-enrolled");

        // The sessions have been held; sign in afresh, as days have passed.
        app.Clock.SetUtcNow(sessions[^1].EndsAt.AddHours(1));
        var desk = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(desk, "emeishan");
        await desk.GotoAsync("/console/training");
        await desk.GetByRole(AriaRole.Row).Filter(new() { HasText = CourseTitle }).GetByRole(AriaRole.Link, new() { Name = "管理" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = CourseTitle })).ToBeVisibleAsync();

        // 点名 for the first two sessions, ticking the trainee.
        foreach (var session in sessions.Take(2))
        {
            await desk.GetByRole(AriaRole.Row).Filter(new() { Has = desk.GetByRole(AriaRole.Cell, new() { Name = session.Topic, Exact = true }) })
                .GetByRole(AriaRole.Button, new() { Name = "点名" }).ClickAsync();
            var roll = desk.GetByRole(AriaRole.Dialog);
            await roll.GetByLabel(Trainee, new() { Exact = true }).CheckAsync();
            await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-training-roll-call");
            await roll.GetByRole(AriaRole.Button, new() { Name = "保存点名" }).ClickAsync();
            await Expect(desk.GetByText("已保存点名").First).ToBeVisibleAsync();
            await Expect(roll).ToBeHiddenAsync();
        }

        // 结业: the dialog says who completes; confirming issues the certificates.
        await desk.GetByRole(AriaRole.Button, new() { Name = "结业", Exact = true }).ClickAsync();
        var confirm = desk.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("获发结业证书");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "确认结业" }).ClickAsync();
        await Expect(desk.GetByText("已结业").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-training-finished");

        // 我的培训 → 查看结业证书: the QR image loads and the verification address says 有效 to anyone.
        var certificateId = await app.DbAsync(db => db.TrainingCertificates.Where(c => c.CourseId == courseId && c.HolderName == Trainee)
            .Select(c => c.Id).SingleAsync());
        worker = await browser.NewPageAsync(web, phone: true);
        await Journey.SignInAsync(worker, "worker05");
        await worker.GotoAsync("/me/training");
        await worker.GetByRole(AriaRole.Link, new() { Name = "查看结业证书" }).And(worker.Locator($"[href='/me/certificates/{certificateId}']")).ClickAsync();
        var qr = worker.GetByRole(AriaRole.Img, new() { Name = "证书验证二维码" });
        await Expect(qr).ToBeVisibleAsync();
        var image = await worker.Context.APIRequest.GetAsync($"/api/certificates/{certificateId}/qr.png");
        Assert.Equal(200, image.Status);
        Assert.Equal("image/png", image.Headers["content-type"]);
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the QR image loads");
        await BrowserFixture.ScreenshotAsync(worker, $"{app.Provider}-training-certificate");
        var verifyUrl = await worker.GetByRole(AriaRole.Link, new() { Name = "验证地址" }).GetAttributeAsync("data-verify-url");
        Assert.False(string.IsNullOrEmpty(verifyUrl));
        var anyone = await browser.NewPageAsync(web, phone: true);
        await anyone.GotoAsync(verifyUrl!);
        await Expect(anyone.GetByText("有效", new() { Exact = true }).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(anyone, $"{app.Provider}-training-verified");

        // 就业推荐 → 候选人 of a housekeeping posting → 推荐 the trainee.
        var emeishan = await app.UnionIdAsync("峨眉山市总工会");
        var postings = await app.DbAsync(db => db.JobPostings.Where(p => p.UnionId == emeishan && p.Status == JobStatus.Open)
            .Select(p => new { p.Id, p.Title, p.Tags }).ToListAsync());
        var posting = postings.First(p => p.Tags.Any(t => t.Contains("家政", StringComparison.Ordinal)));
        await desk.GotoAsync("/console/jobs");
        await desk.GetByRole(AriaRole.Link, new() { Name = "候选人" }).And(desk.Locator($"[href='/console/jobs/{posting.Id}']")).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = $"推荐 {Trainee}", Exact = true }).ClickAsync();
        await Expect(desk.GetByText($"已推荐{Trainee}").First).ToBeVisibleAsync();
        await Expect(desk.Locator("[aria-label=\"推荐记录\"]")).ToContainTextAsync(Trainee);
        await BrowserFixture.ScreenshotAsync(desk, $"{app.Provider}-job-candidates");

        // 我的就业: the referral, 推荐.
        await worker.GotoAsync("/me/jobs");
        await Expect(worker.GetByText(posting.Title).First).ToBeVisibleAsync();
        await Expect(worker.GetByText("推荐", new() { Exact = true }).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(worker, $"{app.Provider}-my-jobs");
    }

    /// <summary>A host of its own on SQLite: this journey moves its clock.</summary>
    public sealed class OwnSqliteServer : SqliteServerApp;

    /// <summary>A host of its own on PostgreSQL: this journey moves its clock.</summary>
    public sealed class OwnPostgresServer : PostgresServerApp;

    public sealed class OnSqlite(OwnSqliteServer web, BrowserFixture browser) : ATraineeIsCertifiedAndReferred(web, browser), IClassFixture<OwnSqliteServer>;

    public sealed class OnPostgres(OwnPostgresServer web, BrowserFixture browser) : ATraineeIsCertifiedAndReferred(web, browser), IClassFixture<OwnPostgresServer>;
}
