using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Training;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Training;

public abstract class TrainingJobTests(TestApp app)
{
    [Fact]
    public async Task Candidates_are_ranked_by_matching_skills_then_township_then_county()
    {
        var t = await app.TownshipsAsync();
        var tag = TrainingTestData.Unique("修剪");
        var twoTags = await app.CompletedCourseAsync(1, t[2], "柑橘种植", tag);
        var sameTownship = await app.CompletedCourseAsync(1, t[0], "柑橘种植");
        var sameCounty = await app.CompletedCourseAsync(1, t[1], "柑橘种植");
        using var staff = await app.As("emeishan");
        var job = await (await staff.PostJsonAsync("/api/jobs", await app.JobInputAsync(t[0], 3, "柑橘种植", tag))).ReadAsync<JobDetail>(HttpStatusCode.Created);

        var candidates = await (await staff.GetAsync($"/api/jobs/{job.Id}/candidates")).ReadAsync<List<Candidate>>();
        var mine = new[] { twoTags, sameTownship, sameCounty }.Select(c => c.Enrolments[0]).ToList();
        var order = candidates.Where(c => mine.Contains(c.EnrolmentId)).Select(c => c.EnrolmentId).ToList();
        Assert.Equal(mine, order);
        Assert.EndsWith("（匹配 1 项技能） · 同乡镇", candidates.Single(c => c.EnrolmentId == mine[1]).Reason, StringComparison.Ordinal);
        Assert.Contains("匹配 2 项技能", candidates.Single(c => c.EnrolmentId == mine[0]).Reason, StringComparison.Ordinal);
        Assert.EndsWith("同县区", candidates.Single(c => c.EnrolmentId == mine[2]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_moves_forward_only_the_worker_sees_it_and_may_decline()
    {
        var t = await app.TownshipsAsync();
        var trained = await app.CompletedCourseAsync(2, t[0]);
        using var staff = await app.As("emeishan");
        var job = await (await staff.PostJsonAsync("/api/jobs", await app.JobInputAsync(t[0]))).ReadAsync<JobDetail>(HttpStatusCode.Created);
        var referral = await (await staff.PostJsonAsync($"/api/jobs/{job.Id}/referrals", new ReferInput { EnrolmentId = trained.Enrolments[0], Note = "技术好" }))
            .ReadAsync<ReferralView>(HttpStatusCode.Created);
        Assert.Equal(ReferralStatus.Recommended, referral.Status);
        await (await staff.PostJsonAsync($"/api/jobs/{job.Id}/referrals", new ReferInput { EnrolmentId = trained.Enrolments[0] }))
            .ProblemAsync(HttpStatusCode.Conflict, "already_referred");
        await (await staff.PostJsonAsync($"/api/jobs/referrals/{referral.Id}/status", new ReferralStatusInput { Status = ReferralStatus.Hired }))
            .ProblemAsync(HttpStatusCode.Conflict, "referral_transition_not_allowed");
        var interviewing = await (await staff.PostJsonAsync($"/api/jobs/referrals/{referral.Id}/status", new ReferralStatusInput { Status = ReferralStatus.Interviewing }))
            .ReadAsync<ReferralView>();
        Assert.Equal(["推荐", "面试"], interviewing.Steps.Select(s => s.StatusText));

        using var worker = app.Bearer(trained.Trainees[0]);
        var mine = await (await worker.GetAsync("/api/jobs/referrals/mine")).ReadAsync<List<ReferralView>>();
        Assert.Equal("面试", Assert.Single(mine, m => m.Id == referral.Id).StatusText);
        using var other = app.Bearer(trained.Trainees[1]);
        await (await other.PostAsync($"/api/jobs/referrals/{referral.Id}/decline", null)).ProblemAsync(HttpStatusCode.NotFound, "referral_not_found");
        var declined = await (await worker.PostAsync($"/api/jobs/referrals/{referral.Id}/decline", null)).ReadAsync<ReferralView>();
        Assert.Equal(ReferralStatus.Declined, declined.Status);
        await (await staff.PostJsonAsync($"/api/jobs/referrals/{referral.Id}/status", new ReferralStatusInput { Status = ReferralStatus.Interviewing }))
            .ProblemAsync(HttpStatusCode.Conflict, "referral_transition_not_allowed");
    }

    [Fact]
    public async Task Bad_posting_input_is_a_400_naming_the_fields()
    {
        using var staff = await app.As("emeishan");
        var input = await app.JobInputAsync("511181");
        input.Openings = 0;
        input.ContactPhone = "12";
        var problem = await (await staff.PostJsonAsync("/api/jobs", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("townshipCode", problem.Errors().Keys);
        Assert.Contains("openings", problem.Errors().Keys);
        Assert.Contains("contactPhone", problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.JobPostings.AnyAsync(p => p.Employer == input.Employer)));
    }

    [Theory]
    [InlineData("jingyan")]
    [InlineData("xigu")]
    public async Task Staff_of_another_county_or_city_get_404_for_an_Emeishan_posting_and_change_nothing(string outsider)
    {
        var t = await app.TownshipsAsync();
        var trained = await app.CompletedCourseAsync(1, t[0]);
        using var emeishan = await app.As("emeishan");
        var job = await (await emeishan.PostJsonAsync("/api/jobs", await app.JobInputAsync(t[0]))).ReadAsync<JobDetail>(HttpStatusCode.Created);
        using var staff = await app.As(outsider);
        await (await staff.GetAsync($"/api/jobs/{job.Id}/candidates")).ProblemAsync(HttpStatusCode.NotFound, "job_posting_not_found");
        await (await staff.PostJsonAsync($"/api/jobs/{job.Id}/referrals", new ReferInput { EnrolmentId = trained.Enrolments[0] }))
            .ProblemAsync(HttpStatusCode.NotFound, "job_posting_not_found");
        await (await staff.PutJsonAsync($"/api/jobs/{job.Id}", await app.JobInputAsync(t[0]))).ProblemAsync(HttpStatusCode.NotFound, "job_posting_not_found");
        Assert.False(await app.DbAsync(db => db.JobReferrals.AnyAsync(r => r.PostingId == job.Id)));
    }

    [Fact]
    public async Task Concurrent_hiring_never_exceeds_the_openings_and_fills_the_posting()
    {
        var t = await app.TownshipsAsync();
        var trained = await app.CompletedCourseAsync(20, t[0]);
        using var staff = await app.As("emeishan");
        var job = await (await staff.PostJsonAsync("/api/jobs", await app.JobInputAsync(t[0], openings: 3))).ReadAsync<JobDetail>(HttpStatusCode.Created);
        var referrals = new List<int>();
        foreach (var enrolment in trained.Enrolments)
        {
            var r = await (await staff.PostJsonAsync($"/api/jobs/{job.Id}/referrals", new ReferInput { EnrolmentId = enrolment })).ReadAsync<ReferralView>(HttpStatusCode.Created);
            await (await staff.PostJsonAsync($"/api/jobs/referrals/{r.Id}/status", new ReferralStatusInput { Status = ReferralStatus.Interviewing })).ReadAsync<ReferralView>();
            referrals.Add(r.Id);
        }
        var clients = new List<HttpClient>();
        foreach (var _ in referrals)
        {
            clients.Add(await app.As("emeishan"));
        }
        var responses = await Task.WhenAll(referrals.Select((id, i) => Task.Run(() =>
            clients[i].PostJsonAsync($"/api/jobs/referrals/{id}/status", new ReferralStatusInput { Status = ReferralStatus.Hired }))));
        clients.ForEach(c => c.Dispose());
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await lost.ProblemAsync(HttpStatusCode.Conflict, "openings_filled");
        }
        var posting = await app.DbAsync(db => db.JobPostings.SingleAsync(p => p.Id == job.Id));
        Assert.Equal((3, JobStatus.Filled), (posting.Hired, posting.Status));
        Assert.Equal(3, await app.DbAsync(db => db.JobReferrals.CountAsync(r => r.PostingId == job.Id && r.Status == ReferralStatus.Hired)));

        // Placement counts, computed here from the rows, match the report.
        var report = await (await staff.GetAsync("/api/training/placements")).ReadAsync<PlacementReport>();
        var line = Assert.Single(report.Postings, p => p.PostingId == job.Id);
        Assert.Equal((20, 3), (line.Referred, line.Hired));
        var courseLine = Assert.Single(report.Courses, c => c.CourseId == trained.Course.Id);
        Assert.Equal((20, 20, 3), (courseLine.Completed, courseLine.Referred, courseLine.Hired));
        using var worker = await app.As("worker02");
        await (await worker.GetAsync("/api/training/placements")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Staff_read_a_posting_of_their_subtree_others_get_404_and_workers_403()
    {
        var t = await app.TownshipsAsync();
        using var emeishan = await app.As("emeishan");
        var input = await app.JobInputAsync(t[0], 2, "家政");
        var created = await (await emeishan.PostJsonAsync("/api/jobs", input)).ReadAsync<JobDetail>(HttpStatusCode.Created);

        var read = await (await emeishan.GetAsync($"/api/jobs/{created.Id}")).ReadAsync<JobDetail>();
        Assert.Equal(input.Employer, read.Employer);
        Assert.Equal(input.ContactPhone, read.ContactPhone);
        await (await emeishan.GetAsync("/api/jobs/999999")).ProblemAsync(HttpStatusCode.NotFound, "job_posting_not_found");
        using var jingyan = await app.As("jingyan");
        await (await jingyan.GetAsync($"/api/jobs/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound, "job_posting_not_found");
        using var worker = await app.As("worker03");
        await (await worker.GetAsync($"/api/jobs/{created.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/jobs/{created.Id}")).StatusCode);
    }

    public sealed class OnSqlite(SqliteApp app) : TrainingJobTests(app);

    public sealed class OnPostgres(PostgresApp app) : TrainingJobTests(app);
}
