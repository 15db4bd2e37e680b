using System.Net;
using WorkerHome.Features.Aid;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

/// <summary>Supporting documents: the applicant and staff in scope add and read them; a non-document and another county are refused.</summary>
public abstract class AidDocumentTests(TestApp app)
{
    private static MultipartFormDataContent File(string text, string name) => new() { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", name } };

    [Fact]
    public async Task The_applicant_and_staff_in_scope_attach_and_read_documents_and_others_cannot()
    {
        var worker = (await app.CreateAsync(1, "aiddoc"))[0];
        var mine = await app.ApplyAsync(worker, AidTestData.Request(await app.UnionIdAsync(AidTestData.Suishan)));
        using var client = app.Bearer(worker);

        using (var exe = File("MZ not a pdf", "诊断证明.pdf"))
        {
            await (await client.PostAsync($"/api/aid/mine/{mine.Id}/documents", exe)).ProblemAsync(HttpStatusCode.BadRequest, "upload_refused");
        }
        using (var pdf = File("%PDF-1.4 诊断证明", "诊断证明.pdf"))
        {
            var document = await (await client.PostAsync($"/api/aid/mine/{mine.Id}/documents", pdf)).ReadAsync<AidDocumentView>(HttpStatusCode.Created);
            Assert.True(document.ByWorker);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/aid/mine/{mine.Id}/documents/{document.Id}")).StatusCode);

            using var emeishan = await app.As("emeishan");
            var listed = await (await emeishan.GetAsync($"/api/console/aid/applications/{mine.Id}/documents")).ReadAsync<List<AidDocumentView>>();
            Assert.Equal("诊断证明.pdf", Assert.Single(listed).FileName);
            var download = await emeishan.GetAsync($"/api/console/aid/applications/{mine.Id}/documents/{document.Id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using (var staffPdf = File("%PDF-1.4 入户走访记录", "入户走访记录.pdf"))
            {
                Assert.False((await (await emeishan.PostAsync($"/api/console/aid/applications/{mine.Id}/documents", staffPdf))
                    .ReadAsync<AidDocumentView>(HttpStatusCode.Created)).ByWorker);
            }

            using var jingyan = await app.As("jingyan");
            await (await jingyan.GetAsync($"/api/console/aid/applications/{mine.Id}/documents/{document.Id}")).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
            using (var theirs = File("%PDF-1.4 x", "x.pdf"))
            {
                await (await jingyan.PostAsync($"/api/console/aid/applications/{mine.Id}/documents", theirs)).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
            }
            var other = (await app.CreateAsync(1, "aidoth"))[0];
            using var otherClient = app.Bearer(other);
            await (await otherClient.GetAsync($"/api/aid/mine/{mine.Id}/documents/{document.Id}")).ProblemAsync(HttpStatusCode.NotFound, "aid_application_not_found");
        }
        Assert.Equal(2, (await (await client.GetAsync($"/api/aid/mine/{mine.Id}/documents")).ReadAsync<List<AidDocumentView>>()).Count);
    }

    public sealed class OnSqlite(SqliteApp app) : AidDocumentTests(app);

    public sealed class OnPostgres(PostgresApp app) : AidDocumentTests(app);
}
