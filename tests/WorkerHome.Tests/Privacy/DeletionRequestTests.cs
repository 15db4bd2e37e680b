using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Features.Privacy;
using WorkerHome.Features.RightsCases;
using WorkerHome.Features.Training;
using WorkerHome.Testing;
using WorkerHome.Tests.RightsCases;
using WorkerHome.Tests.Training;

namespace WorkerHome.Tests.Privacy;

/// <summary>A worker asks to delete its data: refused while something is live, deferred while a case is open, else done at once.</summary>
public abstract class DeletionRequestTests(TestApp app)
{
    [Fact]
    public async Task With_nothing_live_the_account_is_closed_and_its_personal_data_erased_and_what_is_kept_is_said()
    {
        var worker = (await app.CreateAsync(1, "del"))[0];
        var course = await app.OpenCourseAsync(await app.CourseInputAsync());
        using var client = app.Bearer(worker);
        await (await client.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments",
            new EnrolRequest { TownshipCode = (await app.TownshipsAsync())[0], Phone = "13955556666" })).ReadAsync<CourseDetail>(HttpStatusCode.Created);

        var outcome = await (await client.PostAsync("/api/me/deletion", null)).ReadAsync<DeletionOutcome>();
        Assert.Equal(DeletionStatus.Completed, outcome.Status);
        Assert.Contains(outcome.Erased, l => l.Contains("账号", StringComparison.Ordinal));
        Assert.Contains(outcome.Erased, l => l.Contains("培训报名的手机号", StringComparison.Ordinal));
        Assert.Contains(outcome.Kept, l => l.Contains("统计", StringComparison.Ordinal));

        var account = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == worker.Id));
        Assert.Equal("已注销用户", account.DisplayName);
        Assert.Null(account.PhoneCipher);
        Assert.Null(account.PhoneLookup);
        Assert.Null(account.PasswordHash);
        Assert.True(account.LockoutEnd > TestApp.Now.AddYears(1000), "locked for good");
        Assert.NotEqual(worker.UserName, account.UserName);
        var enrolment = await app.DbAsync(db => db.TrainingEnrolments.AsNoTracking().SingleAsync(e => e.UserId == worker.Id));
        Assert.Null(enrolment.PhoneCipher);
        Assert.Null(enrolment.PhoneMasked);
        Assert.Equal(1, await app.DbAsync(db => db.DeletionRequests.CountAsync(r => r.UserId == worker.Id && r.Status == DeletionStatus.Completed)));
    }

    [Fact]
    public async Task An_upcoming_order_must_be_cancelled_first_and_nothing_is_erased()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.SessionAsync(item);
        var worker = (await app.CreateAsync(1, "dlo"))[0];
        using var client = app.Bearer(worker);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).StatusCode);

        var problem = await (await client.PostAsync("/api/me/deletion", null)).ProblemAsync(HttpStatusCode.Conflict, "live_commitments");
        Assert.Contains("尚未开讲的点单", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var account = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == worker.Id));
        Assert.NotEqual("已注销用户", account.DisplayName);
        Assert.Equal(0, await app.DbAsync(db => db.DeletionRequests.CountAsync(r => r.UserId == worker.Id)));
    }

    [Fact]
    public async Task An_open_rights_case_defers_the_request_and_says_why()
    {
        var scene = await app.RightsSceneAsync(1);
        var worker = scene.Workers[0];
        var submitted = await app.SubmitAsync(worker, RightsSceneData.Input(scene.Emeishan));
        using var client = app.Bearer(worker);
        var outcome = await (await client.PostAsync("/api/me/deletion", null)).ReadAsync<DeletionOutcome>();
        Assert.Equal(DeletionStatus.Deferred, outcome.Status);
        Assert.Contains(outcome.Kept, l => l.Contains(submitted.Case.Number, StringComparison.Ordinal));
        var account = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == worker.Id));
        Assert.NotEqual("已注销用户", account.DisplayName);
    }

    [Fact]
    public async Task A_waiting_request_is_completed_once_the_case_closes_and_not_before()
    {
        var scene = await app.RightsSceneAsync(1);
        var worker = scene.Workers[0];
        var submitted = await app.SubmitAsync(worker, RightsSceneData.Input(scene.Emeishan));
        using var client = app.Bearer(worker);
        var outcome = await (await client.PostAsync("/api/me/deletion", null)).ReadAsync<DeletionOutcome>();
        Assert.Equal(DeletionStatus.Deferred, outcome.Status);
        Assert.Contains(outcome.Kept, l => l.Contains("办结后自动删除", StringComparison.Ordinal));
        var pass = app.Factory.Services.GetRequiredService<CompleteDeferredDeletions>();

        // While the case is open the pass leaves the person alone.
        await pass.CompleteDueAsync(CancellationToken.None);
        Assert.NotEqual("已注销用户", (await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == worker.Id))).DisplayName);
        Assert.Equal(DeletionStatus.Deferred, (await app.DbAsync(db => db.DeletionRequests.AsNoTracking().SingleAsync(r => r.Id == outcome.RequestId))).Status);

        using var emeishan = await app.As("emeishan");
        var seen = await emeishan.StaffViewAsync(submitted.Case.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.PostJsonAsync($"/api/console/rights/cases/{submitted.Case.Id}/close",
            new CloseInput { Outcome = RightsOutcome.Mediated, Text = "已调解", Version = seen.Version })).StatusCode);

        // Two nodes running the pass at once: one erases, the other finds nothing left to do.
        var reports = await Task.WhenAll(Task.Run(() => pass.CompleteDueAsync(CancellationToken.None)), Task.Run(() => pass.CompleteDueAsync(CancellationToken.None)));
        Assert.Equal(1, reports.Sum(r => r.Completed));
        var account = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == worker.Id));
        Assert.Equal("已注销用户", account.DisplayName);
        Assert.Null(account.PhoneCipher);
        Assert.Null(account.PasswordHash);
        var request = await app.DbAsync(db => db.DeletionRequests.AsNoTracking().SingleAsync(r => r.Id == outcome.RequestId));
        Assert.Equal(DeletionStatus.Completed, request.Status);
        Assert.NotNull(request.CompletedAt);
        Assert.Contains("已办结的维权诉求案卷", request.Kept, StringComparison.Ordinal);
        Assert.Contains("账号", request.Erased, StringComparison.Ordinal);
        Assert.Equal(0, (await pass.CompleteDueAsync(CancellationToken.None)).Completed);
    }

    [Fact]
    public async Task Without_signing_in_nothing_can_be_deleted()
    {
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/me/deletion", null)).StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : DeletionRequestTests(app);

    public sealed class OnPostgres(PostgresApp app) : DeletionRequestTests(app);
}
