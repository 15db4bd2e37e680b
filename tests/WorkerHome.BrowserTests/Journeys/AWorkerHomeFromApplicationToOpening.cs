using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkerHome.BrowserTests.Support;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Standards;
using WorkerHome.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// A township builds a worker home (职工之家) with the level above: 绥山镇 completes its drafted application in the
/// console (self-assessment against the standard, the application document) and submits it; 峨眉山市 reviews it and
/// selects it within the year's budget; the township works through its milestones with evidence; 峨眉山市 inspects it
/// against the standard and accepts it; and the new site is open to workers on their phones.
/// </summary>
public abstract class AWorkerHomeFromApplicationToOpening(IServerApp web, BrowserFixture browser)
{
    private const string ProjectName = "峨眉山市绥山镇名山社区职工之家";
    private const string SiteName = "峨眉山市绥山镇名山社区职工之家";

    [Fact]
    public async Task The_accepted_site_opens_on_the_worker_pages()
    {
        var app = web.App;
        var id = await app.DbAsync(db => db.ConstructionProjects.Where(p => p.Name == ProjectName).Select(p => p.Id).SingleAsync());
        using var township = await ClientAsync("suishan");

        // 申报: the township answers the checklist, attaches its application and submits.
        var checklist = await (await township.GetAsync($"/api/projects/{id}/checklist")).ReadAsync<ProjectChecklist>(HttpStatusCode.OK);
        var applicant = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(applicant, "suishan");
        await applicant.GotoAsync($"/console/projects/{id}");
        await Expect(applicant.GetByRole(AriaRole.Heading, new() { Name = ProjectName })).ToBeVisibleAsync();
        await AnswerAllAsync(applicant, checklist);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存自评" }).ClickAsync();
        // Each step waits for the page to show its result (not for a heading that is always there, nor for the toast).
        await Expect(applicant.Locator("[aria-label=项目信息]").GetByText("达到合格线")).ToBeVisibleAsync();
        await applicant.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
        {
            Name = "名山社区职工之家申报书.pdf", MimeType = "application/pdf", Buffer = Pdf(),
        });
        await Expect(applicant.Locator("[aria-label=项目材料]").GetByText("名山社区职工之家申报书", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(applicant, $"{app.Provider}-console-project-draft-desktop");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申报" }).ClickAsync();
        await Expect(applicant.GetByText("已申报").First).ToBeVisibleAsync();

        // 评审 → 择优确定 by the level above.
        var county = await browser.NewPageAsync(web, phone: false);
        await Journey.SignInAsync(county, "emeishan");
        await county.GotoAsync($"/console/projects/{id}");
        await county.GetByLabel("评审得分（0–100）").FillAsync("88");
        await county.Locator("label").Filter(new() { HasText = "通过" }).First.ClickAsync();
        await county.GetByLabel("评审意见").FillAsync("选址在社区中心，配套资金到位，同意。");
        await county.GetByRole(AriaRole.Button, new() { Name = "提交评审" }).ClickAsync();
        await Expect(county.GetByText("已评审").First).ToBeVisibleAsync();
        await county.GotoAsync("/console/projects/selection");
        await county.GetByRole(AriaRole.Button, new() { Name = $"立项 {ProjectName}" }).ClickAsync();
        await county.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "立项", Exact = true }).ClickAsync();
        await Expect(county.GetByRole(AriaRole.Button, new() { Name = $"立项 {ProjectName}" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(county, $"{app.Provider}-console-project-selection-desktop");
        var planned = await app.DbAsync(db => db.ConstructionProjects.Where(p => p.Id == id).Select(p => new { p.Stage, p.SiteId }).SingleAsync());
        Assert.Equal(ProjectStage.Selected, planned.Stage);

        // 建设节点: the township sets the milestones and completes each with its evidence.
        var template = await (await township.GetAsync("/api/projects/milestone-template")).ReadAsync<List<MilestoneInput>>(HttpStatusCode.OK);
        var detail = await (await township.PutAsJsonAsync($"/api/projects/{id}/milestones", new MilestonesInput { Milestones = template }))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        foreach (var milestone in detail.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList())
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Pdf());
            file.Headers.ContentType = new("application/pdf");
            form.Add(file, "file", "现场照片.pdf");
            form.Add(new StringContent("现场照片"), "title");
            Assert.True((await township.PostAsync($"/api/projects/{id}/milestones/{milestone}/evidence", form)).IsSuccessStatusCode);
            (await township.PostAsJsonAsync($"/api/projects/{id}/milestones/{milestone}/done", new MilestoneDoneInput { Note = "已完成" })).EnsureSuccessStatusCode();
        }
        (await township.PostAsJsonAsync($"/api/projects/{id}/request-acceptance", new { })).EnsureSuccessStatusCode();

        // 验收: the county inspects against the standard; the site opens with its rating.
        await county.GotoAsync($"/console/projects/{id}");
        await Expect(county.GetByText("待验收").First).ToBeVisibleAsync();
        await AnswerAllAsync(county, checklist);
        await county.GetByRole(AriaRole.Button, new() { Name = "验收评分" }).Last.ClickAsync();
        await Expect(county.GetByText("已验收").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(county, $"{app.Provider}-console-project-accepted-desktop");
        var site = await app.DbAsync(db => db.Sites.Where(s => s.Id == planned.SiteId).Select(s => new { s.Status, s.Rating }).SingleAsync());
        Assert.Equal((SiteStatus.Operating, SiteRating.County), (site.Status, site.Rating));

        var phone = await browser.NewPageAsync(web, phone: true);
        await phone.GotoAsync("/sites?q=" + Uri.EscapeDataString("名山社区"));
        await phone.GetByRole(AriaRole.Link).Filter(new() { HasText = SiteName }).First.ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SiteName);
        await BrowserFixture.ScreenshotAsync(phone, $"{app.Provider}-worker-new-site-phone");
    }

    /// <summary>Every item the assessor answers: 达标 for a check, twice the minimum for a measured item.</summary>
    private static async Task AnswerAllAsync(IPage page, ProjectChecklist checklist)
    {
        foreach (var item in checklist.Items.Where(i => i.FunctionAreaId is null))
        {
            var row = page.Locator(".assessment-item").Filter(new() { HasText = item.Title });
            if (item.Kind == StandardItemKind.Minimum)
            {
                await row.Locator("input").FillAsync((item.Minimum!.Value * 2).ToString("0", CultureInfo.InvariantCulture));
            }
            else
            {
                await row.Locator("label").Filter(new() { HasText = "达标" }).Filter(new() { HasNotText = "不达标" }).ClickAsync();
            }
        }
    }

    private static byte[] Pdf() => "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private async Task<HttpClient> ClientAsync(string account)
    {
        var client = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = account, password = "Demo@2026" }))
            .ReadAsync<JsonElement>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public sealed class OnSqlite(SqliteServerApp web, BrowserFixture browser) : AWorkerHomeFromApplicationToOpening(web, browser);

    public sealed class OnPostgres(PostgresServerApp web, BrowserFixture browser) : AWorkerHomeFromApplicationToOpening(web, browser);
}
