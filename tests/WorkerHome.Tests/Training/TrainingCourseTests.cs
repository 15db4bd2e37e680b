using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Training;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Training;

public abstract class TrainingCourseTests(TestApp app)
{
    [Fact]
    public async Task Staff_publish_a_course_a_worker_enrols_sees_it_in_my_training_and_withdrawing_frees_the_place()
    {
        var input = await app.CourseInputAsync();
        input.Sessions.ForEach(s => { s.StartsAt = s.StartsAt!.Value.AddDays(10); s.EndsAt = s.EndsAt!.Value.AddDays(10); });
        var course = await app.OpenCourseAsync(input);
        var townships = await app.TownshipsAsync();
        var worker = (await app.CreateAsync(1))[0];
        using var client = app.Bearer(worker);

        var enrolled = await (await client.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments",
            new EnrolRequest { TownshipCode = townships[0], Skills = ["嫁接"], Phone = "13912345678" })).ReadAsync<CourseDetail>(HttpStatusCode.Created);
        Assert.Equal(1, enrolled.Enrolled);
        Assert.Equal(EnrolmentStatus.Enrolled, enrolled.Mine!.Status);
        var mine = await (await client.GetAsync("/api/training/mine")).ReadAsync<List<MyCourse>>();
        Assert.Equal("出勤 0/2", Assert.Single(mine, m => m.CourseId == course.Id).Progress);
        await (await client.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments", new EnrolRequest { TownshipCode = townships[0] }))
            .ProblemAsync(HttpStatusCode.Conflict, "already_enrolled");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/training/courses/{course.Id}/enrolments/mine")).StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.TrainingCourses.Where(c => c.Id == course.Id).Select(c => c.Enrolled).SingleAsync()));
    }

    [Fact]
    public async Task Withdrawing_after_the_course_has_started_is_a_409()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync());
        var worker = (await app.CreateAsync(1))[0];
        await app.EnrolAsync(course.Id, worker, (await app.TownshipsAsync())[0]);
        using var client = app.Bearer(worker);
        await (await client.DeleteAsync($"/api/training/courses/{course.Id}/enrolments/mine")).ProblemAsync(HttpStatusCode.Conflict, "course_started");
    }

    [Fact]
    public async Task Bad_course_input_is_a_400_naming_the_fields_and_nothing_is_saved()
    {
        using var staff = await app.As("emeishan");
        var input = await app.CourseInputAsync();
        var title = input.CertificateTitle;
        input.CertificateTitle = " ";
        var annotated = await (await staff.PostJsonAsync("/api/training/courses", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("certificateTitle", annotated.Errors().Keys);

        input.CertificateTitle = title;
        input.RequiredSessions = 4;
        input.Sessions[0].EndsAt = input.Sessions[0].StartsAt!.Value.AddHours(-1);
        var problem = await (await staff.PostJsonAsync("/api/training/courses", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("requiredSessions", problem.Errors().Keys);
        Assert.Contains("sessions[0].endsAt", problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.TrainingCourses.AnyAsync(c => c.Title == input.Title)));
    }

    [Fact]
    public async Task Enrolling_without_a_township_is_a_400_and_in_a_missing_course_a_404()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync());
        using var worker = await app.As("worker05");
        var problem = await (await worker.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments", new EnrolRequest { TownshipCode = "511181" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("townshipCode", problem.Errors().Keys);
        await (await worker.PostJsonAsync("/api/training/courses/999999/enrolments", new EnrolRequest { TownshipCode = (await app.TownshipsAsync())[0] }))
            .ProblemAsync(HttpStatusCode.NotFound, "course_not_found");
    }

    [Fact]
    public async Task Anonymous_cannot_enrol_and_workers_cannot_create_courses()
    {
        var input = await app.CourseInputAsync();
        using var anonymous = app.Anonymous();
        await (await anonymous.PostJsonAsync("/api/training/courses/1/enrolments", new EnrolRequest())).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var worker = await app.As("worker02");
        await (await worker.PostJsonAsync("/api/training/courses", input)).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("jingyan")]
    [InlineData("xigu")]
    public async Task Staff_of_another_county_or_city_get_404_for_an_Emeishan_course_and_change_nothing(string outsider)
    {
        using var emeishan = await app.As("emeishan");
        var input = await app.CourseInputAsync();
        var draft = await (await emeishan.PostJsonAsync("/api/training/courses", input)).ReadAsync<CourseDetail>(HttpStatusCode.Created);
        using var staff = await app.As(outsider);
        await (await staff.GetAsync($"/api/training/courses/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound, "course_not_found");
        input.Title = "改名";
        await (await staff.PutJsonAsync($"/api/training/courses/{draft.Id}", input)).ProblemAsync(HttpStatusCode.NotFound, "course_not_found");
        await (await staff.PostAsync($"/api/training/courses/{draft.Id}/publish", null)).ProblemAsync(HttpStatusCode.NotFound, "course_not_found");
        await (await staff.PostAsync($"/api/training/courses/{draft.Id}/finish", null)).ProblemAsync(HttpStatusCode.NotFound, "course_not_found");
        await (await staff.GetAsync($"/api/training/sessions/{draft.Sessions[0].Id}/roll")).ProblemAsync(HttpStatusCode.NotFound, "training_session_not_found");
        var saved = await app.DbAsync(db => db.TrainingCourses.SingleAsync(c => c.Id == draft.Id));
        Assert.Equal(CourseStatus.Draft, saved.Status);
        Assert.NotEqual("改名", saved.Title);
    }

    [Fact]
    public async Task Thirty_concurrent_enrolments_for_ten_places_take_exactly_ten()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync(capacity: 10));
        var township = (await app.TownshipsAsync())[0];
        var clients = (await app.CreateAsync(30, "en")).Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() =>
            c.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments", new EnrolRequest { TownshipCode = township }))));
        clients.ForEach(c => c.Dispose());
        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await lost.ProblemAsync(HttpStatusCode.Conflict, "course_full");
        }
        Assert.Equal(10, await app.DbAsync(db => db.TrainingEnrolments.CountAsync(e => e.CourseId == course.Id && e.WithdrawnAt == null)));
        Assert.Equal(10, await app.DbAsync(db => db.TrainingCourses.Where(c => c.Id == course.Id).Select(c => c.Enrolled).SingleAsync()));
    }

    [Fact]
    public async Task Finishing_completes_trainees_at_N_sessions_but_not_at_N_minus_one_and_their_certificates_verify()
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync(sessions: 3, required: 2));
        var township = (await app.TownshipsAsync())[0];
        var workers = await app.CreateAsync(2, "fin");
        var atN = await app.EnrolAsync(course.Id, workers[0], township);
        var belowN = await app.EnrolAsync(course.Id, workers[1], township);
        using var staff = await app.As("emeishan");
        await (await staff.PutJsonAsync($"/api/training/sessions/{course.Sessions[0].Id}/roll", new RollInput { PresentEnrolmentIds = [atN, belowN] })).ReadAsync<RollSheet>();
        await (await staff.PutJsonAsync($"/api/training/sessions/{course.Sessions[1].Id}/roll", new RollInput { PresentEnrolmentIds = [atN] })).ReadAsync<RollSheet>();
        var preview = await (await staff.GetAsync($"/api/training/courses/{course.Id}/completion")).ReadAsync<Completion>();
        Assert.Equal((1, 1), (preview.Completing, preview.NotCompleting));

        var done = await (await staff.PostAsync($"/api/training/courses/{course.Id}/finish", null)).ReadAsync<Completion>();
        Assert.Equal((1, 1), (done.Completing, done.NotCompleting));
        await (await staff.PostAsync($"/api/training/courses/{course.Id}/finish", null)).ProblemAsync(HttpStatusCode.Conflict, "course_status_not_allowed");
        Assert.Equal(EnrolmentStatus.NotCompleted, await app.DbAsync(db => db.TrainingEnrolments.Where(e => e.Id == belowN).Select(e => e.Status).SingleAsync()));
        Assert.False(await app.DbAsync(db => db.TrainingCertificates.AnyAsync(c => c.EnrolmentId == belowN)));

        using var holder = app.Bearer(workers[0]);
        var mine = await (await holder.GetAsync("/api/training/mine")).ReadAsync<List<MyCourse>>();
        var certificateId = Assert.Single(mine, m => m.CourseId == course.Id).CertificateId!.Value;
        var certificate = await (await holder.GetAsync($"/api/certificates/{certificateId}")).ReadAsync<CertificateView>();
        Assert.Matches(@"^ZG\d+-2026-\d{6}$", certificate.Number);
        var qr = await holder.GetAsync($"/api/certificates/{certificateId}/qr.png");
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);

        using var other = app.Bearer(workers[1]);
        await (await other.GetAsync($"/api/certificates/{certificateId}")).ProblemAsync(HttpStatusCode.NotFound, "certificate_not_found");

        using var anonymous = app.Anonymous();
        var code = certificate.VerifyPath.Split('/')[^1];
        var check = await (await anonymous.GetAsync($"/api/certificates/verify/{code}")).ReadAsync<CertificateCheck>();
        Assert.True(check.Valid);
        Assert.Equal("有效", check.Status);
        Assert.Contains("*", check.HolderMasked, StringComparison.Ordinal);
        var altered = (code[0] == 'A' ? "B" : "A") + code[1..];
        await (await anonymous.GetAsync($"/api/certificates/verify/{altered}")).ProblemAsync(HttpStatusCode.NotFound, "certificate_not_found");

        await (await staff.PostJsonAsync($"/api/certificates/{certificateId}/revoke", new RevokeInput { Reason = "出勤记录有误" })).ReadAsync<CertificateCheck>();
        var revoked = await (await anonymous.GetAsync($"/api/certificates/verify/{code}")).ReadAsync<CertificateCheck>();
        Assert.Equal(("已撤销", false), (revoked.Status, revoked.Valid));
    }

    [Fact]
    public async Task Certificate_numbers_stay_unique_when_two_courses_of_one_union_finish_at_once()
    {
        var township = (await app.TownshipsAsync())[0];
        var courses = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            var course = await app.OpenCourseAsync(await app.CourseInputAsync(capacity: 8, sessions: 1, required: 1));
            var enrolments = new List<int>();
            foreach (var w in await app.CreateAsync(8, "cn"))
            {
                enrolments.Add(await app.EnrolAsync(course.Id, w, township));
            }
            using var roll = await app.As("emeishan");
            await (await roll.PutJsonAsync($"/api/training/sessions/{course.Sessions[0].Id}/roll", new RollInput { PresentEnrolmentIds = enrolments })).ReadAsync<RollSheet>();
            courses.Add(course.Id);
        }
        using var a = await app.As("emeishan");
        using var b = await app.As("emeishan");
        var results = await Task.WhenAll(Task.Run(() => a.PostAsync($"/api/training/courses/{courses[0]}/finish", null)),
            Task.Run(() => b.PostAsync($"/api/training/courses/{courses[1]}/finish", null)));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = await app.DbAsync(db => db.TrainingCertificates.Where(c => courses.Contains(c.CourseId)).Select(c => c.Number).ToListAsync());
        Assert.Equal(16, numbers.Count);
        Assert.Equal(16, numbers.Distinct().Count());
    }

    public sealed class OnSqlite(SqliteApp app) : TrainingCourseTests(app);

    public sealed class OnPostgres(PostgresApp app) : TrainingCourseTests(app);
}
