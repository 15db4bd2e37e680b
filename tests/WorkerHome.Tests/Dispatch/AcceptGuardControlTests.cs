using System.Net;
using WorkerHome.Features.Dispatch;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Dispatch;

/// <summary>
/// The control for the acceptance race: against a host whose guard is switched off (a naive read-then-write) the
/// same race must end with two volunteers holding the dispatch, and the race test's checks must say so. If this
/// ever finds no double acceptance, the race test proves nothing.
/// </summary>
public abstract class AcceptGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_two_volunteers_both_win_a_dispatch_in_some_round()
    {
        var doubled = 0;
        for (var round = 0; round < 20 && doubled == 0; round++)
        {
            var scene = await app.SceneAsync(volunteers: 2);
            var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, parallel: 2);
            var clients = scene.Volunteers.Select(v => app.Bearer(v.Person)).ToList();
            var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null))));
            var accepted = (await app.OffersAsync(dispatch.Id)).Count(o => o.Status == OfferStatus.Accepted);
            if (responses.Count(r => r.StatusCode == HttpStatusCode.OK) > 1 && accepted > 1)
            {
                doubled++;
            }
            clients.ForEach(c => c.Dispose());
        }
        Assert.True(doubled > 0, "The unguarded acceptance never let two volunteers win: the race test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<AcceptanceGuard, DispatchOptions>((services, _, _) => services.AddDispatchFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<AcceptanceGuard> app) : AcceptGuardControlTests(app), IClassFixture<UnguardedSqliteApp<AcceptanceGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<AcceptanceGuard> app) : AcceptGuardControlTests(app), IClassFixture<UnguardedPostgresApp<AcceptanceGuard>>;
}

/// <summary>The setting that removes the acceptance guard.</summary>
public sealed class AcceptanceGuard : IGuardSwitch
{
    public static string Key => "Dispatch:UnguardedForTests";
}
