using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Training;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Training;

/// <summary>
/// The controls for the place and opening races: against a host whose guards are switched off, the same rushes must
/// oversell in some round and the real tests' checks must see it. If they never do, the real tests prove nothing.
/// </summary>
public abstract class TrainingGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_thirty_concurrent_enrolments_oversell_ten_places_in_some_round()
    {
        var township = (await app.TownshipsAsync())[0];
        var caught = false;
        for (var round = 0; round < 5 && !caught; round++)
        {
            var course = await app.OpenCourseAsync(await app.CourseInputAsync(capacity: 10));
            var clients = (await app.CreateAsync(30, "ug")).Select(app.Bearer).ToList();
            var responses = await Task.WhenAll(clients.Select(c => Task.Run(() =>
                c.PostJsonAsync($"/api/training/courses/{course.Id}/enrolments", new EnrolRequest { TownshipCode = township }))));
            clients.ForEach(c => c.Dispose());
            var live = await app.DbAsync(db => db.TrainingEnrolments.CountAsync(e => e.CourseId == course.Id && e.WithdrawnAt == null));
            caught = responses.Count(r => r.StatusCode == HttpStatusCode.Created) != 10 || live != 10 || responses.Any(r => (int)r.StatusCode >= 500);
        }
        Assert.True(caught, "The unguarded enrolment never oversold: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public async Task Without_the_guard_concurrent_hiring_exceeds_the_openings_in_some_round()
    {
        var t = await app.TownshipsAsync();
        var caught = false;
        for (var round = 0; round < 3 && !caught; round++)
        {
            var trained = await app.CompletedCourseAsync(12, t[0]);
            using var staff = await app.As("emeishan");
            var job = await (await staff.PostJsonAsync("/api/jobs", await app.JobInputAsync(t[0], openings: 2))).ReadAsync<JobDetail>(HttpStatusCode.Created);
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
            var hired = await app.DbAsync(db => db.JobReferrals.CountAsync(r => r.PostingId == job.Id && r.Status == ReferralStatus.Hired));
            caught = responses.Count(r => r.StatusCode == HttpStatusCode.OK) != 2 || hired != 2 || responses.Any(r => (int)r.StatusCode >= 500);
        }
        Assert.True(caught, "The unguarded hiring never exceeded the openings: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guards_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<TrainingGuard, TrainingOptions>((services, _, _) => services.AddTrainingFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<TrainingGuard> app) : TrainingGuardControlTests(app), IClassFixture<UnguardedSqliteApp<TrainingGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<TrainingGuard> app) : TrainingGuardControlTests(app), IClassFixture<UnguardedPostgresApp<TrainingGuard>>;
}
