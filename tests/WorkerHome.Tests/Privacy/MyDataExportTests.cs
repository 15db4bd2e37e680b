using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Training;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Testing;
using WorkerHome.Tests.Training;

namespace WorkerHome.Tests.Privacy;

/// <summary>A worker downloads its own data, in clear and only its own; the download is logged.</summary>
public abstract class MyDataExportTests(TestApp app)
{
    [Fact]
    public async Task A_worker_downloads_its_own_data_with_its_phone_in_clear_and_nothing_of_anyone_else()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync());
        var workers = await app.CreateAsync(2, "exp");
        var township = (await app.TownshipsAsync())[0];
        var phones = new[] { "13911112222", "13933334444" };
        for (var i = 0; i < 2; i++)
        {
            using var client = app.Bearer(workers[i]);
            await (await client.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments", new EnrolRequest { TownshipCode = township, Phone = phones[i] }))
                .ReadAsync<CourseDetail>(HttpStatusCode.Created);
        }

        using var mine = app.Bearer(workers[0]);
        var response = await mine.GetAsync("/api/me/data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? "", StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var sections = json.RootElement.GetProperty("sections");
        var enrolment = Assert.Single(sections.GetProperty("培训报名").EnumerateArray());
        Assert.Equal(phones[0], enrolment.GetProperty("手机号").GetString());
        Assert.Equal(course.Title, enrolment.GetProperty("课程").GetString());
        Assert.Equal(workers[0].UserName, sections.GetProperty("账号").GetProperty("账号").GetString());
        Assert.DoesNotContain(phones[1], text, StringComparison.Ordinal);
        Assert.DoesNotContain(workers[1].UserName, text, StringComparison.Ordinal);

        var logged = await app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .CountAsync(l => l.EntityType == "PersonalDataExport" && l.UserId == workers[0].Id && l.Kind == OperationKind.Viewed));
        Assert.Equal(1, logged);
    }

    [Fact]
    public async Task Without_signing_in_there_is_nothing_to_download()
    {
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/data")).StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : MyDataExportTests(app);

    public sealed class OnPostgres(PostgresApp app) : MyDataExportTests(app);
}
