using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WorkerHome.Features.Dispatch;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Dispatch;

/// <summary>
/// Deadline passes built here on their own clocks, an hour and a minute past the fixed test clock. Offers made here
/// answer within one hour; every other test gives a day, so these passes expire only the offers of these tests.
/// The app's own pass is off in the Testing environment.
/// </summary>
public abstract class DispatchDeadlineTests(TestApp app)
{
    private DispatchDeadlines Pass(FakeTimeProvider clock) => new(
        app.Factory.Services.GetRequiredService<IServiceScopeFactory>(), clock,
        Microsoft.Extensions.Options.Options.Create(new DispatchDeadlineOptions()),
        app.Factory.Services.GetRequiredService<IHostEnvironment>(), NullLogger<DispatchDeadlines>.Instance);

    private static FakeTimeProvider PastTheDeadline() => new(TestApp.Now.AddHours(1).AddMinutes(1));

    [Fact]
    public async Task An_expired_offer_passes_to_the_next_candidate_with_a_deadline_on_the_pass_clock()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, answerHours: 1);
        var clock = PastTheDeadline();
        await Pass(new FakeTimeProvider(TestApp.Now.AddMinutes(59))).ExpireDueAsync(TestContext.Current.CancellationToken);
        Assert.Single(await app.OffersAsync(dispatch.Id));

        await Pass(clock).ExpireDueAsync(TestContext.Current.CancellationToken);

        var offers = await app.OffersAsync(dispatch.Id);
        Assert.Equal([OfferStatus.Expired, OfferStatus.Open], offers.Select(o => o.Status));
        Assert.Equal(clock.GetUtcNow().AddHours(1), offers[1].ExpiresAt);
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[0].Person.Id, "派单已超时"));
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[1].Person.Id, "新的派单邀请"));
        using var late = app.Bearer(scene.Volunteers[0].Person);
        await (await late.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(System.Net.HttpStatusCode.Conflict, "offer_expired");
    }

    [Fact]
    public async Task With_back_to_staff_an_expired_offer_returns_the_dispatch_to_waiting()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, answerHours: 1, policy: NoAnswerPolicy.BackToStaff);
        await Pass(PastTheDeadline()).ExpireDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DispatchStatus.Waiting, (await app.LoadDispatchAsync(dispatch.Id)).Status);
        Assert.Equal([OfferStatus.Expired], (await app.OffersAsync(dispatch.Id)).Select(o => o.Status));
        Assert.Equal(0, await app.NotificationsAsync(scene.Volunteers[1].Person.Id, "新的派单邀请"));
    }

    [Fact]
    public async Task Two_passes_running_at_once_pass_each_expired_offer_on_exactly_once()
    {
        for (var round = 0; round < 5; round++)
        {
            var scene = await app.SceneAsync(volunteers: 3);
            var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, answerHours: 1);
            var (a, b) = (Pass(PastTheDeadline()), Pass(PastTheDeadline()));
            var ct = TestContext.Current.CancellationToken;
            await Task.WhenAll(Task.Run(() => a.ExpireDueAsync(ct), ct), Task.Run(() => b.ExpireDueAsync(ct), ct));

            var offers = await app.OffersAsync(dispatch.Id);
            Assert.Equal([OfferStatus.Expired, OfferStatus.Open], offers.Select(o => o.Status));
            Assert.Equal(scene.Volunteers[1].Id, offers[1].VolunteerId);
            Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[1].Person.Id, "新的派单邀请"));
            Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[0].Person.Id, "派单已超时"));
            Assert.Equal([scene.Volunteers[2].Id], (await app.LoadDispatchAsync(dispatch.Id)).Queue);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : DispatchDeadlineTests(app);

    public sealed class OnPostgres(PostgresApp app) : DispatchDeadlineTests(app);
}
