using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

/// <summary>/me/aid's upload form: a plain multipart post with antiforgery, refused files explained and not stored.</summary>
public abstract class AidDocumentFormTests(TestApp app)
{
    [Fact]
    public async Task The_applicant_uploads_from_the_page_and_a_refused_file_is_explained_and_not_stored()
    {
        var worker = (await app.CreateAsync(1, "aidform"))[0];
        var mine = await app.ApplyAsync(worker, AidTestData.Request(await app.UnionIdAsync(AidTestData.Suishan)));
        using var client = app.Bearer(worker);
        var page = await (await client.GetAsync("/me/aid")).TextAsync();
        Assert.Contains($"action=\"/me/aid/{mine.Id}/documents\"", page, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);

        using (var noToken = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "x.pdf" } })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/me/aid/{mine.Id}/documents", noToken)).StatusCode);
        }
        using (var exe = HtmlPages.UploadForm(page, "MZ not a pdf", "收入证明.pdf"))
        {
            var refused = await client.PostAsync($"/me/aid/{mine.Id}/documents", exe);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            var back = refused.Headers.Location!.OriginalString;
            Assert.StartsWith($"/me/aid?application={mine.Id}&uploadError=", back, StringComparison.Ordinal);
            Assert.Contains("只能上传 PDF", await (await client.GetAsync(back)).TextAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await app.DbAsync(db => db.AidDocuments.CountAsync(d => d.ApplicationId == mine.Id)));

        using (var pdf = HtmlPages.UploadForm(page, "%PDF-1.4 收入证明", "收入证明.pdf"))
        {
            var stored = await client.PostAsync($"/me/aid/{mine.Id}/documents", pdf);
            Assert.Equal($"/me/aid?application={mine.Id}&uploaded=1#aid-{mine.Id}", stored.Headers.Location!.OriginalString);
        }
        var after = await (await client.GetAsync($"/me/aid?application={mine.Id}&uploaded=1")).TextAsync();
        Assert.Contains("材料已上传", after, StringComparison.Ordinal);
        Assert.Contains("收入证明.pdf", after, StringComparison.Ordinal);

        var other = (await app.CreateAsync(1, "aidform2"))[0];
        using var otherClient = app.Bearer(other);
        var otherPage = await (await otherClient.GetAsync("/me/privacy")).TextAsync();
        using (var theirs = HtmlPages.UploadForm(otherPage, "%PDF-1.4 x", "x.pdf"))
        {
            var refused = await otherClient.PostAsync($"/me/aid/{mine.Id}/documents", theirs);
            Assert.Contains("uploadError=", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Assert.Equal(1, await app.DbAsync(db => db.AidDocuments.CountAsync(d => d.ApplicationId == mine.Id)));
    }

    public sealed class OnSqlite(SqliteApp app) : AidDocumentFormTests(app);

    public sealed class OnPostgres(PostgresApp app) : AidDocumentFormTests(app);
}
