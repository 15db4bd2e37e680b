using System.Net;
using WorkerHome.Features.ChildCare;
using WorkerHome.Testing;

namespace WorkerHome.Tests.ChildCare;

/// <summary>Thirty guardians enrol at the same moment in a class with five places.</summary>
public abstract class EnrolmentRaceTests(TestApp app)
{
    [Fact]
    public async Task Thirty_guardians_at_once_fill_five_places_and_the_rest_wait_in_arrival_order()
    {
        var care = await app.OpenClassAsync(capacity: 5, waitlist: 40);
        var outcome = await RaceAsync(app, care.Id, 30);

        Assert.All(outcome.Responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var rows = await app.EnrolmentRowsAsync(care.Id);
        Assert.Equal(5, rows.Count(r => r.Status == EnrolmentStatus.Enrolled));
        Assert.Equal(25, rows.Count(r => r.Status == EnrolmentStatus.Waitlisted));
        var row = await app.ClassRowAsync(care.Id);
        Assert.Equal((5, 25), (row.Enrolled, row.Waitlisted));
        // Waiting positions are 1..25 with no gaps or repeats: the order the guardians' requests were saved in.
        Assert.Equal(Enumerable.Range(1, 25), outcome.Results.Where(r => r.Status == EnrolmentStatus.Waitlisted).Select(r => r.Position!.Value).Order());
    }

    internal static async Task<(HttpResponseMessage[] Responses, List<EnrolmentResult> Results)> RaceAsync(TestApp app, int classId, int count)
    {
        var guardians = await app.CreateAsync(count, "race");
        var clients = guardians.Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() =>
            c.PostJsonAsync($"/api/child-care/classes/{classId}/enrolments", ChildCareTestData.Child()))));
        clients.ForEach(c => c.Dispose());
        var results = new List<EnrolmentResult>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            results.Add(await response.ReadAsync<EnrolmentResult>(HttpStatusCode.Created));
        }
        return (responses, results);
    }

    public sealed class OnSqlite(SqliteApp app) : EnrolmentRaceTests(app);

    public sealed class OnPostgres(PostgresApp app) : EnrolmentRaceTests(app);
}

/// <summary>
/// The control for the race: against a host whose place guard is switched off (read the counts, decide in memory,
/// write them back) the same rush must, in some round, enrol more children than there are places, and the checks
/// the real test makes must see it. If this never oversells, the real test proves nothing.
/// </summary>
public abstract class PlaceGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_thirty_guardians_at_once_get_more_than_five_places_in_some_round()
    {
        var caught = false;
        for (var round = 0; round < 10 && !caught; round++)
        {
            var care = await app.OpenClassAsync(capacity: 5, waitlist: 40);
            var outcome = await EnrolmentRaceTests.RaceAsync(app, care.Id, 30);
            var rows = await app.EnrolmentRowsAsync(care.Id);
            var row = await app.ClassRowAsync(care.Id);
            var enrolled = rows.Count(r => r.Status == EnrolmentStatus.Enrolled);
            caught = enrolled != 5 || row.Enrolled != enrolled || row.Waitlisted != rows.Count - enrolled
                || outcome.Responses.Any(r => r.StatusCode != HttpStatusCode.Created);
        }
        Assert.True(caught, "The unguarded enrolment never oversold: the race test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<PlaceGuard, ChildCareOptions>((services, _, _) => services.AddChildCareFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<PlaceGuard> app) : PlaceGuardControlTests(app), IClassFixture<UnguardedSqliteApp<PlaceGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<PlaceGuard> app) : PlaceGuardControlTests(app), IClassFixture<UnguardedPostgresApp<PlaceGuard>>;
}

/// <summary>The setting that removes the care-class place guard.</summary>
public sealed class PlaceGuard : IGuardSwitch
{
    public static string Key => "ChildCare:UnguardedForTests";
}
