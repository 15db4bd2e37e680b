using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Privacy;
using WorkerHome.Features.Training;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;
using WorkerHome.Tests.Training;

namespace WorkerHome.Tests.Privacy;

/// <summary>
/// The full view of sensitive data: a reason, the 敏感信息查阅 grant over the record's union, scope; every view in the
/// hash-chained log, every refusal logged as denied. The record used is a trainee's phone in an Emeishan course.
/// </summary>
public abstract class SensitiveRevealTests(TestApp app)
{
    private async Task<(int EnrolmentId, string Phone)> TraineeAsync()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync());
        var worker = (await app.CreateAsync(1, "pv"))[0];
        var phone = "139" + Random.Shared.Next(10000000, 99999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = app.Bearer(worker);
        var detail = await (await client.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments",
            new EnrolRequest { TownshipCode = (await app.TownshipsAsync())[0], Phone = phone })).ReadAsync<CourseDetail>(HttpStatusCode.Created);
        return (detail.Mine!.Id, phone);
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RevealRequest Ask(int enrolmentId, string? reason = "回访学员就业情况") =>
        new() { EntityType = nameof(TrainingEnrolment), EntityId = enrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Field = "Phone", Reason = reason };

    private Task<List<SensitiveAccess>> EntriesAsync(int enrolmentId) => app.DbAsync(db =>
    {
        var id = enrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.SensitiveAccessLog.AsNoTracking().Where(e => e.EntityType == nameof(TrainingEnrolment) && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();
    });

    [Fact]
    public async Task A_reader_with_the_grant_sees_the_phone_and_the_view_is_chained_with_its_reason()
    {
        var (enrolment, phone) = await TraineeAsync();
        using var leshan = await app.As("leshan");
        var shown = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment))).ReadAsync<RevealedDatum>();
        Assert.Equal(phone, shown.Value);

        var entry = Assert.Single(await EntriesAsync(enrolment));
        Assert.Equal(shown.AccessId, entry.Id);
        Assert.Equal("leshan", entry.UserName);
        Assert.Equal("Phone", entry.Field);
        Assert.Equal("回访学员就业情况", entry.Reason);
        Assert.Equal(SensitiveAccessChain.HashOf(entry), entry.Hash);
        Assert.DoesNotContain(phone[^4..], entry.Label + entry.Reason, StringComparison.Ordinal);

        var log = await (await leshan.GetAsync($"/api/console/privacy/access-log?entityType=TrainingEnrolment&entityId={enrolment}"))
            .ReadAsync<PagedList<SensitiveAccessItem>>();
        Assert.Equal("回访学员就业情况", Assert.Single(log.Items).Reason);
    }

    [Fact]
    public async Task Staff_in_scope_without_the_grant_are_refused_and_the_refusal_is_logged()
    {
        var (enrolment, phone) = await TraineeAsync();
        using var emeishan = await app.As("emeishan");
        var response = await emeishan.PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment));
        var body = await response.Content.ReadAsStringAsync();
        await response.ProblemAsync(HttpStatusCode.Forbidden, "reveal_not_permitted");
        Assert.DoesNotContain(phone, body, StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync(enrolment));
        var denied = await app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == nameof(TrainingEnrolment) && l.EntityId == Key(enrolment) && l.Kind == OperationKind.Denied).ToListAsync());
        Assert.Contains(denied, l => l.UserName == "emeishan" && l.After!.Contains("reveal_not_permitted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_county_gets_not_found_and_a_worker_is_forbidden_and_both_leave_no_view()
    {
        var (enrolment, _) = await TraineeAsync();
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment))).ProblemAsync(HttpStatusCode.NotFound, "sensitive_record_not_found");
        var worker = (await app.CreateAsync(1, "pw"))[0];
        using var workerClient = app.Bearer(worker);
        Assert.Equal(HttpStatusCode.Forbidden, (await workerClient.PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment))).StatusCode);
        Assert.Empty(await EntriesAsync(enrolment));
        var denied = await app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .CountAsync(l => l.EntityType == nameof(TrainingEnrolment) && l.EntityId == Key(enrolment) && l.Kind == OperationKind.Denied && l.UserName == "jingyan"));
        Assert.Equal(1, denied);
        var theirLog = await (await jingyan.GetAsync($"/api/console/privacy/access-log?entityId={enrolment}")).ReadAsync<PagedList<SensitiveAccessItem>>();
        Assert.Empty(theirLog.Items);
    }

    [Theory]
    [InlineData(null, "reason")]
    [InlineData("看看", "reason")]
    [InlineData("   看看   ", "reason")]
    public async Task A_missing_or_short_reason_is_a_field_error_and_nothing_is_shown_or_logged(string? reason, string field)
    {
        var (enrolment, phone) = await TraineeAsync();
        using var leshan = await app.As("leshan");
        var response = await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment, reason));
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.DoesNotContain(phone, body, StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync(enrolment));
    }

    [Fact]
    public async Task Unknown_record_types_fields_and_ids_are_clear_problems()
    {
        using var leshan = await app.As("leshan");
        var badType = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(1) with { EntityType = "Nope" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("entityType", badType.Errors().Keys);
        var badField = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(1) with { Field = "Income" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("field", badField.Errors().Keys);
        await (await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(int.MaxValue))).ProblemAsync(HttpStatusCode.NotFound, "sensitive_record_not_found");
        await (await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(1) with { EntityId = "abc" }))
            .ProblemAsync(HttpStatusCode.NotFound, "sensitive_record_not_found");
        var response = await leshan.PostAsync("/api/console/privacy/reveal", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await (await leshan.GetAsync("/api/console/privacy/access-log?page=0")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Twenty_views_at_once_extend_the_chain_by_twenty_and_it_verifies()
    {
        var (enrolment, phone) = await TraineeAsync();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await app.As("leshan"));
        }
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            clients[i % clients.Count].PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment, $"第{i}次核对联系方式"))));
        foreach (var response in responses)
        {
            Assert.Equal(phone, (await response.ReadAsync<RevealedDatum>()).Value);
        }
        Assert.Equal(20, (await EntriesAsync(enrolment)).Count);
        using var admin = await app.As("admin");
        var check = await (await admin.GetAsync("/api/console/privacy/access-log/verify")).ReadAsync<ChainCheck>();
        Assert.True(check.Intact, $"chain broken at {check.FirstBrokenId}");
        Assert.True(check.Entries >= 20);
        using var emeishan = await app.As("emeishan");
        Assert.Equal(HttpStatusCode.Forbidden, (await emeishan.GetAsync("/api/console/privacy/access-log/verify")).StatusCode);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_an_entry()
    {
        var (enrolment, _) = await TraineeAsync();
        using var leshan = await app.As("leshan");
        var shown = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", Ask(enrolment))).ReadAsync<RevealedDatum>();
        await Assert.ThrowsAnyAsync<Exception>(() => app.DbAsync(db =>
            db.SensitiveAccessLog.Where(e => e.Id == shown.AccessId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, "改过的原因"))));
        await Assert.ThrowsAnyAsync<Exception>(() => app.DbAsync(db => db.SensitiveAccessLog.Where(e => e.Id == shown.AccessId).ExecuteDeleteAsync()));
        Assert.Equal("回访学员就业情况", Assert.Single(await EntriesAsync(enrolment)).Reason);
    }

    [Fact]
    public async Task A_members_id_number_and_a_rights_cases_phone_come_through_the_same_door()
    {
        var member = await app.DbAsync(db => db.Members.Where(m => db.Users.Any(u => u.Id == m.UserId && u.UserName == "worker14"))
            .Select(m => new { m.Id, m.IdMasked }).SingleAsync());
        using var leshan = await app.As("leshan");
        var shown = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", new RevealRequest
        {
            EntityType = "Member", EntityId = Key(member.Id), Field = "IdNumber", Reason = "核对会员身份办理转会",
        })).ReadAsync<RevealedDatum>();
        Assert.Equal(WorkerHome.Data.Seed.DemoMembership.IdNumber("511181", "19850304", "017"), shown.Value);
        Assert.Equal(Masking.IdNumber(shown.Value), member.IdMasked);
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PostJsonAsync("/api/console/privacy/reveal", new RevealRequest
        {
            EntityType = "Member", EntityId = Key(member.Id), Field = "IdNumber", Reason = "核对会员身份办理转会",
        })).ProblemAsync(HttpStatusCode.NotFound, "sensitive_record_not_found");

        var rightsCase = await app.DbAsync(db => db.RightsCases.Where(c => db.Unions.Any(u => u.Id == c.UnionId && u.Name == "乐山市总工会")).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var phone = await (await leshan.PostJsonAsync("/api/console/privacy/reveal", new RevealRequest
        {
            EntityType = "RightsCase", EntityId = Key(rightsCase), Field = "Phone", Reason = "电话联系申请人补充材料",
        })).ReadAsync<RevealedDatum>();
        Assert.True(PhoneNumbers.TryNormalize(phone.Value, out _), phone.Value);
    }

    public sealed class OnSqlite(SqliteApp app) : SensitiveRevealTests(app);

    public sealed class OnPostgres(PostgresApp app) : SensitiveRevealTests(app);
}
