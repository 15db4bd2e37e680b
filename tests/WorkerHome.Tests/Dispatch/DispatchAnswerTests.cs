using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Dispatch;
using WorkerHome.Features.Volunteers;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Dispatch;

public abstract class DispatchAnswerTests(TestApp app)
{
    [Fact]
    public async Task A_volunteer_sees_the_offer_accepts_it_and_the_session_shows_the_provider()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, parallel: 2);
        using var first = app.Bearer(scene.Volunteers[0].Person);
        var mine = await (await first.GetAsync("/api/me/dispatches")).ReadAsync<MyDispatches>();
        var offer = Assert.Single(mine.Open, o => o.DispatchId == dispatch.Id);
        Assert.Equal(scene.Item.Title, offer.Target.Title);
        Assert.Equal("请提前半小时到场", offer.Note);

        await (await first.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ReadAsync<AcceptedDispatch>();

        var saved = await app.LoadDispatchAsync(dispatch.Id);
        Assert.Equal((DispatchStatus.Accepted, scene.Volunteers[0].Id), (saved.Status, saved.VolunteerId));
        Assert.Equal(scene.Volunteers[0].Id, (await app.ReloadAsync(scene.Session)).VolunteerId);
        var offers = await app.OffersAsync(dispatch.Id);
        Assert.Equal([OfferStatus.Accepted, OfferStatus.Withdrawn], offers.Select(o => o.Status));
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[1].Person.Id, "派单已由其他志愿者承接"));
        var creator = await app.DbAsync(db => db.Users.Where(u => u.UserName == "xigu").Select(u => u.Id).SingleAsync());
        Assert.True(await app.NotificationsAsync(creator, "志愿者已接单") >= 1);

        using var second = app.Bearer(scene.Volunteers[1].Person);
        await (await second.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict, "dispatch_taken");
        var history = await (await second.GetAsync("/api/me/dispatches")).ReadAsync<MyDispatches>();
        Assert.Equal(OfferStatus.Withdrawn, Assert.Single(history.History, o => o.DispatchId == dispatch.Id).Status);

        using var staff = await app.As("xigu");
        var session = await (await staff.GetAsync($"/api/sessions/{scene.Session.Id}")).ReadAsync<WorkerHome.Features.Sessions.SessionView>();
        Assert.NotNull(session.Provider);
        Assert.Equal("律师", session.Provider.Qualification);
    }

    [Fact]
    public async Task Not_your_offer_is_404_and_a_worker_who_is_not_a_volunteer_is_403()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers.Take(1));
        using var other = app.Bearer(scene.Volunteers[1].Person);
        await (await other.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(HttpStatusCode.NotFound, "offer_not_found");
        await (await other.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason = "没空" })).ProblemAsync(HttpStatusCode.NotFound, "offer_not_found");
        using var worker = await app.As("worker04");
        await (await worker.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(HttpStatusCode.Forbidden, "not_a_volunteer");
        await (await worker.GetAsync("/api/me/dispatches")).ProblemAsync(HttpStatusCode.Forbidden, "not_a_volunteer");
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(DispatchStatus.Offered, (await app.LoadDispatchAsync(dispatch.Id)).Status);
    }

    [Fact]
    public async Task A_decline_needs_a_reason_and_passes_the_dispatch_to_the_next_candidate()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers);
        using var first = app.Bearer(scene.Volunteers[0].Person);
        foreach (var reason in new[] { "", "   ", new string('字', 201) })
        {
            var bad = await first.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason });
            Assert.Contains("reason", (await bad.ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await first.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason = "当天有庭审安排" })).StatusCode);

        var offers = await app.OffersAsync(dispatch.Id);
        Assert.Equal([(OfferStatus.Declined, "当天有庭审安排"), (OfferStatus.Open, null)], offers.Select(o => (o.Status, o.DeclineReason)));
        Assert.Equal(scene.Volunteers[1].Id, offers[1].VolunteerId);
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[1].Person.Id, "新的派单邀请"));
        Assert.Equal(DispatchStatus.Offered, (await app.LoadDispatchAsync(dispatch.Id)).Status);
        await (await first.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason = "再说一次" })).ProblemAsync(HttpStatusCode.Conflict, "offer_closed");
        await (await first.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict, "offer_closed");

        using var second = app.Bearer(scene.Volunteers[1].Person);
        await second.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason = "出差" });
        Assert.Equal(DispatchStatus.Waiting, (await app.LoadDispatchAsync(dispatch.Id)).Status);
        using var staff = await app.As("xigu");
        var board = await (await staff.GetAsync("/api/dispatches?status=declined&pageSize=100")).ReadAsync<DispatchBoard>();
        Assert.Contains(board.Page.Items, d => d.Id == dispatch.Id);
    }

    [Fact]
    public async Task With_back_to_staff_a_decline_returns_the_dispatch_to_waiting_and_tells_the_creator()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var creator = await app.DbAsync(db => db.Users.Where(u => u.UserName == "xigu").Select(u => u.Id).SingleAsync());
        var before = await app.NotificationsAsync(creator, "派单待重新安排");
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, parallel: 2, policy: NoAnswerPolicy.BackToStaff);
        using var first = app.Bearer(scene.Volunteers[0].Person);
        await first.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason = "没空" });
        Assert.Equal(DispatchStatus.Offered, (await app.LoadDispatchAsync(dispatch.Id)).Status);
        using var second = app.Bearer(scene.Volunteers[1].Person);
        await second.PostJsonAsync($"/api/dispatches/{dispatch.Id}/decline", new { reason = "生病" });
        Assert.Equal(DispatchStatus.Waiting, (await app.LoadDispatchAsync(dispatch.Id)).Status);
        Assert.True(await app.NotificationsAsync(creator, "派单待重新安排") > before);
    }

    [Fact]
    public async Task A_volunteer_cannot_take_a_session_that_overlaps_one_they_deliver_nor_more_than_their_month_allows()
    {
        var scene = await app.SceneAsync(volunteers: 1);
        var overlapping = await app.SessionAsync(scene.Item, startsIn: TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(60)));
        var v = scene.Volunteers[0];
        var first = await app.DispatchAsync(scene.Session.Id, [v]);
        var second = await app.DispatchAsync(overlapping.Id, [v]);
        using var client = app.Bearer(v.Person);
        await (await client.PostAsync($"/api/dispatches/{first.Id}/accept", null)).ReadAsync<AcceptedDispatch>();
        await (await client.PostAsync($"/api/dispatches/{second.Id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict, "session_overlap");

        await app.DbAsync(db => db.Volunteers.Where(x => x.Id == v.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.MaxSessionsPerMonth, 1)));
        var later = await app.SessionAsync(scene.Item, startsIn: TimeSpan.FromDays(5));
        var third = await app.DispatchAsync(later.Id, [v]);
        await (await client.PostAsync($"/api/dispatches/{third.Id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict, "volunteer_load_full");
        Assert.Null((await app.ReloadAsync(later)).VolunteerId);
    }

    [Fact]
    public async Task A_session_cancelled_after_it_was_dispatched_cannot_be_accepted()
    {
        var scene = await app.SceneAsync(volunteers: 1);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers);
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == scene.Session.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, WorkerHome.Features.Sessions.SessionStatus.Cancelled)));
        using var volunteer = app.Bearer(scene.Volunteers[0].Person);
        await (await volunteer.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ProblemAsync(HttpStatusCode.Conflict, "session_closed");
        Assert.Null((await app.ReloadAsync(scene.Session)).VolunteerId);
    }

    [Fact]
    public async Task Two_volunteers_accepting_the_same_dispatch_at_once_exactly_one_wins_in_every_round()
    {
        for (var round = 0; round < 20; round++)
        {
            var scene = await app.SceneAsync(volunteers: 2);
            var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, parallel: 2);
            var clients = scene.Volunteers.Select(v => app.Bearer(v.Person)).ToList();
            using var start = new SemaphoreSlim(0);
            var tries = clients.Select(async c =>
            {
                await start.WaitAsync();
                return await c.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null);
            }).ToList();
            start.Release(2);
            var responses = await Task.WhenAll(tries);

            var winners = responses.Select((r, i) => (r, i)).Where(x => x.r.StatusCode == HttpStatusCode.OK).ToList();
            var winner = Assert.Single(winners);
            await responses[1 - winner.i].ProblemAsync(HttpStatusCode.Conflict, "dispatch_taken");
            var saved = await app.LoadDispatchAsync(dispatch.Id);
            Assert.Equal(scene.Volunteers[winner.i].Id, saved.VolunteerId);
            Assert.Equal(scene.Volunteers[winner.i].Id, (await app.ReloadAsync(scene.Session)).VolunteerId);
            Assert.Single(await app.OffersAsync(dispatch.Id), o => o.Status == OfferStatus.Accepted);
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task One_volunteer_accepting_two_overlapping_sessions_at_once_gets_exactly_one()
    {
        for (var round = 0; round < 10; round++)
        {
            var scene = await app.SceneAsync(volunteers: 1);
            var overlapping = await app.SessionAsync(scene.Item, startsIn: TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(30)));
            var v = scene.Volunteers[0];
            var dispatches = new[] { await app.DispatchAsync(scene.Session.Id, [v]), await app.DispatchAsync(overlapping.Id, [v]) };
            using var a = app.Bearer(v.Person);
            using var b = app.Bearer(v.Person);
            var responses = await Task.WhenAll(
                Task.Run(() => a.PostAsync($"/api/dispatches/{dispatches[0].Id}/accept", null)),
                Task.Run(() => b.PostAsync($"/api/dispatches/{dispatches[1].Id}/accept", null)));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            await Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict, "session_overlap");
            Assert.Equal(1, await app.DbAsync(db => db.Sessions.CountAsync(s => s.VolunteerId == v.Id)));
        }
    }

    public sealed class OnSqlite(SqliteApp app) : DispatchAnswerTests(app);

    public sealed class OnPostgres(PostgresApp app) : DispatchAnswerTests(app);
}
