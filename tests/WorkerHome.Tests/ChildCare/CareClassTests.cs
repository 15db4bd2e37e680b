using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.ChildCare;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Testing;

namespace WorkerHome.Tests.ChildCare;

public abstract class CareClassTests(TestApp app)
{
    [Fact]
    public async Task Staff_create_and_open_a_class_and_workers_find_it_open_for_enrolment()
    {
        var care = await app.OpenClassAsync();
        Assert.Equal(CareClassStatus.Open, care.Status);
        Assert.True(care.AcceptsEnrolment);

        using var anonymous = app.Anonymous();
        var open = await (await anonymous.GetAsync($"/api/child-care/classes?siteId={care.SiteId}")).ReadAsync<List<CareClassView>>();
        Assert.Contains(open, c => c.Id == care.Id);
        var detail = await (await anonymous.GetAsync($"/api/child-care/classes/{care.Id}")).ReadAsync<CareClassDetail>();
        Assert.Equal(CareConsent.Version, detail.ConsentVersion);
        Assert.False(detail.CanManage);
    }

    [Fact]
    public async Task A_class_with_bad_dates_ages_and_places_is_refused_with_field_errors()
    {
        using var staff = await app.As("emeishan");
        var input = await app.ClassInputAsync();
        input.LastDay = input.FirstDay!.Value.AddDays(-1);
        input.MaxAge = 3;
        input.Capacity = 0;
        input.Title = "";
        var problem = await (await staff.PostJsonAsync("/api/child-care/classes", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("capacity", problem.Errors().Keys);
        Assert.Contains("title", problem.Errors().Keys);

        input = await app.ClassInputAsync();
        input.LastDay = input.FirstDay!.Value.AddDays(-1);
        input.MaxAge = 3;
        problem = await (await staff.PostJsonAsync("/api/child-care/classes", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("lastDay", problem.Errors().Keys);
        Assert.Contains("maxAge", problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.CareClasses.AnyAsync(c => c.Title == input.Title)));
    }

    [Fact]
    public async Task Staff_of_another_county_neither_create_at_nor_see_nor_change_an_Emeishan_class()
    {
        var care = await app.OpenClassAsync();
        using var jingyan = await app.As("jingyan");
        var input = await app.ClassInputAsync();
        var problem = await (await jingyan.PostJsonAsync("/api/child-care/classes", input)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        Assert.Contains("siteId", problem.Errors().Keys);
        await (await jingyan.PostJsonAsync($"/api/child-care/classes/{care.Id}/status", new CareClassStatusInput { Status = CareClassStatus.Cancelled }))
            .ProblemAsync(HttpStatusCode.NotFound, "care_class_not_found");
        await (await jingyan.GetAsync($"/api/child-care/classes/{care.Id}/enrolments")).ProblemAsync(HttpStatusCode.NotFound, "care_class_not_found");
        using var xigu = await app.As("xigu");
        await (await xigu.PutJsonAsync($"/api/child-care/classes/{care.Id}", input)).ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        var managed = await (await jingyan.GetAsync("/api/child-care/classes?scope=managed")).ReadAsync<List<CareClassView>>();
        Assert.DoesNotContain(managed, c => c.Id == care.Id);
        Assert.Equal(CareClassStatus.Open, (await app.ClassRowAsync(care.Id)).Status);
    }

    [Fact]
    public async Task A_worker_enrols_a_child_whose_phone_and_notes_are_stored_encrypted_and_shown_masked()
    {
        var care = await app.OpenClassAsync();
        var guardian = (await app.CreateAsync(1, "cc"))[0];
        using var client = app.Bearer(guardian);
        var result = await (await client.PostJsonAsync($"/api/child-care/classes/{care.Id}/enrolments", ChildCareTestData.Child()))
            .ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        Assert.Equal(EnrolmentStatus.Enrolled, result.Status);

        var row = Assert.Single(await app.EnrolmentRowsAsync(care.Id));
        Assert.DoesNotContain("13912345678", row.GuardianPhoneCipher, StringComparison.Ordinal);
        Assert.DoesNotContain("花生", row.HealthNotesCipher!, StringComparison.Ordinal);
        Assert.Equal(CareConsent.Version, row.ConsentVersion);
        Assert.Equal(TestApp.Now, row.ConsentGivenAt);
        Assert.Equal(1, (await app.ClassRowAsync(care.Id)).Enrolled);

        using var staff = await app.As("emeishan");
        var list = await (await staff.GetAsync($"/api/child-care/classes/{care.Id}/enrolments")).ReadAsync<List<ClassEnrolmentItem>>();
        Assert.Equal("139****5678", Assert.Single(list).GuardianPhoneMasked);
        var mine = await (await client.GetAsync("/api/me/child-care")).ReadAsync<List<MyEnrolment>>();
        Assert.True(Assert.Single(mine).CanWithdraw);
    }

    [Fact]
    public async Task Reading_a_phone_in_full_is_logged_and_a_refused_reading_is_logged_too()
    {
        var care = await app.OpenClassAsync();
        var guardian = (await app.CreateAsync(1, "cc"))[0];
        using var client = app.Bearer(guardian);
        var result = await (await client.PostJsonAsync($"/api/child-care/classes/{care.Id}/enrolments", ChildCareTestData.Child()))
            .ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        RevealRequest Ask(string field) => new()
        {
            EntityType = nameof(CareEnrolment), EntityId = result.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field = field,
            Reason = "托管班开班前核对过敏情况",
        };

        // The full view is the shared privacy door: leshan holds 敏感信息查阅; emeishan covers the class but does not.
        using var reader = await app.As("leshan");
        Assert.Equal("13912345678", (await (await reader.PostJsonAsync("/api/console/privacy/reveal", Ask("Phone"))).ReadAsync<RevealedDatum>()).Value);
        Assert.Equal("对花生过敏", (await (await reader.PostJsonAsync("/api/console/privacy/reveal", Ask("Health"))).ReadAsync<RevealedDatum>()).Value);
        using var staff = await app.As("emeishan");
        await (await staff.PostJsonAsync("/api/console/privacy/reveal", Ask("Health"))).ProblemAsync(HttpStatusCode.Forbidden, "reveal_not_permitted");
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PostJsonAsync("/api/console/privacy/reveal", Ask("Phone"))).ProblemAsync(HttpStatusCode.NotFound, "sensitive_record_not_found");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync("/api/console/privacy/reveal", Ask("Phone"))).StatusCode);

        var id = result.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var kinds = await app.DbAsync(db => db.OperationLogs.Where(l => l.EntityType == nameof(CareEnrolment) && l.EntityId == id)
            .Select(l => l.Kind).ToListAsync());
        Assert.Equal(2, kinds.Count(k => k == OperationKind.Denied));
        var views = await app.DbAsync(db => db.SensitiveAccessLog.Where(e => e.EntityType == nameof(CareEnrolment) && e.EntityId == id)
            .Select(e => e.Field).ToListAsync());
        Assert.Equal(["Health", "Phone"], views.Order().ToArray());
    }

    [Fact]
    public async Task A_child_outside_the_age_range_or_without_consent_or_twice_is_refused_and_nothing_is_saved()
    {
        var care = await app.OpenClassAsync();
        var guardian = (await app.CreateAsync(1, "cc"))[0];
        using var client = app.Bearer(guardian);
        var url = $"/api/child-care/classes/{care.Id}/enrolments";

        var young = await (await client.PostJsonAsync(url, ChildCareTestData.Child(birthYear: 2023))).ProblemAsync(HttpStatusCode.BadRequest, "child_age_out_of_range");
        Assert.Contains("4岁", young.Errors()["childBirthDate"][0], StringComparison.Ordinal);
        Assert.Contains("6至12岁", young.Errors()["childBirthDate"][0], StringComparison.Ordinal);

        var noConsent = ChildCareTestData.Child();
        noConsent.Consent = false;
        var problem = await (await client.PostJsonAsync(url, noConsent)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("consent", problem.Errors().Keys);
        var badPhone = ChildCareTestData.Child();
        badPhone.GuardianPhone = "12345";
        problem = await (await client.PostJsonAsync(url, badPhone)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("guardianPhone", problem.Errors().Keys);

        await (await client.PostJsonAsync(url, ChildCareTestData.Child())).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        await (await client.PostJsonAsync(url, ChildCareTestData.Child())).ProblemAsync(HttpStatusCode.Conflict, "child_already_enrolled");
        Assert.Single(await app.EnrolmentRowsAsync(care.Id));
        Assert.Equal(1, (await app.ClassRowAsync(care.Id)).Enrolled);
        await (await app.Anonymous().PostJsonAsync(url, ChildCareTestData.Child())).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await client.PostJsonAsync("/api/child-care/classes/999999/enrolments", ChildCareTestData.Child())).ProblemAsync(HttpStatusCode.NotFound, "care_class_not_found");
    }

    [Fact]
    public async Task A_full_class_puts_children_on_the_waiting_list_until_it_is_full_and_a_withdrawal_promotes_the_first()
    {
        var care = await app.OpenClassAsync(capacity: 1, waitlist: 1);
        var guardians = await app.CreateAsync(3, "cc");
        var url = $"/api/child-care/classes/{care.Id}/enrolments";
        using var first = app.Bearer(guardians[0]);
        using var second = app.Bearer(guardians[1]);
        using var third = app.Bearer(guardians[2]);
        var placed = await (await first.PostJsonAsync(url, ChildCareTestData.Child("甲"))).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        var waiting = await (await second.PostJsonAsync(url, ChildCareTestData.Child("乙"))).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        Assert.Equal(EnrolmentStatus.Waitlisted, waiting.Status);
        Assert.Equal(1, waiting.Position);
        await (await third.PostJsonAsync(url, ChildCareTestData.Child("丙"))).ProblemAsync(HttpStatusCode.Conflict, "waitlist_full");

        // Another guardian's enrolment is not theirs to withdraw.
        await (await second.PostAsync($"/api/child-care/enrolments/{placed.Id}/withdraw", null)).ProblemAsync(HttpStatusCode.NotFound, "care_enrolment_not_found");
        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync($"/api/child-care/enrolments/{placed.Id}/withdraw", null)).StatusCode);
        var rows = await app.EnrolmentRowsAsync(care.Id);
        Assert.Equal(EnrolmentStatus.Withdrawn, rows.Single(r => r.Id == placed.Id).Status);
        Assert.Equal(EnrolmentStatus.Enrolled, rows.Single(r => r.Id == waiting.Id).Status);
        var row = await app.ClassRowAsync(care.Id);
        Assert.Equal((1, 0), (row.Enrolled, row.Waitlisted));
        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == guardians[1].Id && n.Title == "托管班候补成功")));
        await (await first.PostAsync($"/api/child-care/enrolments/{placed.Id}/withdraw", null)).ProblemAsync(HttpStatusCode.Conflict, "care_enrolment_ended");
    }

    [Fact]
    public async Task Two_withdrawals_of_one_enrolment_at_once_promote_one_child()
    {
        var care = await app.OpenClassAsync(capacity: 1, waitlist: 5);
        var guardians = await app.CreateAsync(3, "cc");
        var url = $"/api/child-care/classes/{care.Id}/enrolments";
        var placed = await (await app.Bearer(guardians[0]).PostJsonAsync(url, ChildCareTestData.Child("甲"))).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        await (await app.Bearer(guardians[1]).PostJsonAsync(url, ChildCareTestData.Child("乙"))).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        await (await app.Bearer(guardians[2]).PostJsonAsync(url, ChildCareTestData.Child("丙"))).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);

        using var staff = await app.As("emeishan");
        var clients = Enumerable.Range(0, 6).Select(_ => app.Bearer(guardians[0])).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostAsync($"/api/child-care/enrolments/{placed.Id}/withdraw", null)))
            .Append(Task.Run(() => staff.PostJsonAsync($"/api/child-care/enrolments/{placed.Id}/remove", new RemoveEnrolmentInput { Reason = "家长电话要求退出" }))));
        clients.ForEach(c => c.Dispose());

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        var rows = await app.EnrolmentRowsAsync(care.Id);
        Assert.Equal(1, rows.Count(r => r.Status == EnrolmentStatus.Enrolled));
        Assert.Equal(1, rows.Count(r => r.Status == EnrolmentStatus.Waitlisted));
        var row = await app.ClassRowAsync(care.Id);
        Assert.Equal((1, 1), (row.Enrolled, row.Waitlisted));
    }

    [Fact]
    public async Task Cancelling_a_class_ends_every_enrolment_and_tells_each_guardian()
    {
        var care = await app.OpenClassAsync(capacity: 1, waitlist: 2);
        var guardians = await app.CreateAsync(2, "cc");
        var url = $"/api/child-care/classes/{care.Id}/enrolments";
        foreach (var g in guardians)
        {
            await (await app.Bearer(g).PostJsonAsync(url, ChildCareTestData.Child())).ReadAsync<EnrolmentResult>(HttpStatusCode.Created);
        }
        using var staff = await app.As("emeishan");
        var cancelled = await (await staff.PostJsonAsync($"/api/child-care/classes/{care.Id}/status", new CareClassStatusInput { Status = CareClassStatus.Cancelled }))
            .ReadAsync<CareClassView>();
        Assert.Equal(CareClassStatus.Cancelled, cancelled.Status);
        Assert.All(await app.EnrolmentRowsAsync(care.Id), e => Assert.Equal(EnrolmentStatus.ClassCancelled, e.Status));
        var ids = guardians.Select(g => g.Id).ToList();
        Assert.Equal(2, await app.DbAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.UserId) && n.Title == "托管班已取消")));
        await (await staff.PostJsonAsync($"/api/child-care/classes/{care.Id}/status", new CareClassStatusInput { Status = CareClassStatus.Open }))
            .ProblemAsync(HttpStatusCode.Conflict, "care_class_status_not_allowed");
    }

    public sealed class OnSqlite(SqliteApp app) : CareClassTests(app);

    public sealed class OnPostgres(PostgresApp app) : CareClassTests(app);
}
