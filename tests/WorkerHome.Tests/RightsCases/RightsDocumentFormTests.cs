using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Testing;

namespace WorkerHome.Tests.RightsCases;

/// <summary>/me/rights/{id}'s upload form: stored and listed with antiforgery, a refused file explained and not stored, another worker's case refused.</summary>
public abstract class RightsDocumentFormTests(TestApp app)
{
    [Fact]
    public async Task The_worker_adds_a_document_from_the_case_page()
    {
        var scene = await app.RightsSceneAsync();
        var mine = await app.SubmitAsync(scene.Workers[0], RightsSceneData.Input(scene.Emeishan));
        using var client = app.Bearer(scene.Workers[0]);
        var address = $"/me/rights/{mine.Case.Id}";
        var page = await (await client.GetAsync(address)).TextAsync();
        Assert.Contains($"action=\"{address}/documents\"", page, StringComparison.Ordinal);

        using (var notAnImage = HtmlPages.UploadForm(page, "just text", "工资条.png"))
        {
            var refused = await client.PostAsync($"{address}/documents", notAnImage);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("只能上传 PDF", await (await client.GetAsync(refused.Headers.Location!.OriginalString)).TextAsync(), StringComparison.Ordinal);
        }
        using (var pdf = HtmlPages.UploadForm(page, "%PDF-1.4 劳动合同", "劳动合同.pdf"))
        {
            var stored = await client.PostAsync($"{address}/documents", pdf);
            Assert.Equal($"{address}?uploaded=1#documents", stored.Headers.Location!.OriginalString);
        }
        var after = await (await client.GetAsync($"{address}?uploaded=1")).TextAsync();
        Assert.Contains("材料已上传", after, StringComparison.Ordinal);
        Assert.Contains("劳动合同.pdf", after, StringComparison.Ordinal);
        Assert.Contains("上传材料：劳动合同.pdf", after, StringComparison.Ordinal);

        using var other = app.Bearer(scene.Workers[1]);
        var otherPage = await (await other.GetAsync("/me/privacy")).TextAsync();
        using (var theirs = HtmlPages.UploadForm(otherPage, "%PDF-1.4 x", "x.pdf"))
        {
            var refused = await other.PostAsync($"{address}/documents", theirs);
            Assert.Contains("uploadError=", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Assert.Equal(1, await app.DbAsync(db => db.RightsCaseDocuments.CountAsync(d => d.CaseId == mine.Case.Id)));
    }

    public sealed class OnSqlite(SqliteApp app) : RightsDocumentFormTests(app);

    public sealed class OnPostgres(PostgresApp app) : RightsDocumentFormTests(app);
}
