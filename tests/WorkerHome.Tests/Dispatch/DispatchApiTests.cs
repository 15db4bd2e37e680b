using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Dispatch;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Dispatch;

public abstract class DispatchApiTests(TestApp app)
{
    [Fact]
    public async Task Candidates_are_the_branchs_verified_volunteers_ranked_with_their_reasons_and_the_blocked_last()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        var xigu = await app.UnionIdAsync("西固区总工会");
        var tagged = (await app.CreateVerifiedAsync(xigu, 1, shape: v => v.Tags = [scene.Item.Title[..4]]))[0];
        var busy = (await app.CreateVerifiedAsync(xigu, 1))[0];
        var other = await app.SessionAsync(scene.Item, startsIn: TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(30)));
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == other.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, busy.Id)));
        var pending = (await app.CreateVerifiedAsync(xigu, 1, shape: v => v.Status = VolunteerStatus.Pending))[0];
        var emeishan = (await app.CreateVerifiedAsync(await app.UnionIdAsync("峨眉山市总工会"), 1))[0];

        using var staff = await app.As("xigu");
        var list = await (await staff.GetAsync($"/api/dispatches/candidates?session={scene.Session.Id}")).ReadAsync<CandidateList>();

        Assert.Equal("场次", list.Target.Kind);
        var ids = list.Candidates.Select(c => c.VolunteerId).ToList();
        Assert.DoesNotContain(pending.Id, ids);
        Assert.DoesNotContain(emeishan.Id, ids);
        Assert.True(ids.IndexOf(tagged.Id) < ids.IndexOf(scene.Volunteers[0].Id));
        var blocked = Assert.Single(list.Candidates, c => c.VolunteerId == busy.Id);
        Assert.True(blocked.Blocked);
        Assert.Contains(blocked.Reasons, r => r.Blocking && r.Text == "该时段已承接其他场次");
        Assert.All(list.Candidates.SkipWhile(c => !c.Blocked), c => Assert.True(c.Blocked));
        var best = Assert.Single(list.Candidates, c => c.VolunteerId == tagged.Id);
        Assert.Contains(best.Reasons, r => r.Text == "擅长法律援助" && r.Points == CandidateRanking.SkillPoints);
        Assert.Contains(best.Reasons, r => r.Text.StartsWith("专长", StringComparison.Ordinal) && r.Points == CandidateRanking.TagPoints);
        Assert.Equal(best.Reasons.Sum(r => r.Points), best.Score);
    }

    [Fact]
    public async Task Candidates_of_a_group_ignore_time_and_place_and_other_counties_staff_are_refused()
    {
        var group = await app.DbAsync(async db =>
        {
            var g = new NeedGroup { UnionId = await app.UnionIdAsync("西固区总工会"), Category = NeedCategory.LegalAid, Title = "劳动合同咨询" + Guid.NewGuid().ToString("N")[..4], CreatedAt = TestApp.Now };
            db.NeedGroups.Add(g);
            await db.SaveChangesAsync();
            return g;
        });
        using var staff = await app.As("xigu");
        var list = await (await staff.GetAsync($"/api/dispatches/candidates?group={group.Id}")).ReadAsync<CandidateList>();
        Assert.Equal("需求组", list.Target.Kind);
        Assert.All(list.Candidates, c => Assert.DoesNotContain(c.Reasons, r => r.Text.Contains("时段", StringComparison.Ordinal) || r.Text.StartsWith("距阵地", StringComparison.Ordinal)));

        using var jingyan = await app.As("jingyan");
        await (await jingyan.GetAsync($"/api/dispatches/candidates?group={group.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "dispatch_out_of_scope");
        await (await staff.GetAsync("/api/dispatches/candidates")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await staff.GetAsync("/api/dispatches/candidates?session=99999999")).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
    }

    [Fact]
    public async Task Staff_dispatch_a_session_the_first_offers_open_the_rest_wait_and_each_offered_volunteer_is_told()
    {
        var scene = await app.SceneAsync(volunteers: 3);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers, parallel: 2);

        Assert.Equal(DispatchStatus.Offered, dispatch.Status);
        Assert.Equal([scene.Volunteers[0].Id, scene.Volunteers[1].Id], dispatch.Offers.Select(o => o.VolunteerId));
        Assert.All(dispatch.Offers, o => Assert.Equal(TestApp.Now.AddHours(24), o.ExpiresAt));
        Assert.Equal(scene.Volunteers[2].Id, Assert.Single(dispatch.Queue).VolunteerId);
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[0].Person.Id, "新的派单邀请"));
        Assert.Equal(0, await app.NotificationsAsync(scene.Volunteers[2].Person.Id, "新的派单邀请"));

        using var staff = await app.As("xigu");
        var detail = await (await staff.GetAsync($"/api/dispatches/{dispatch.Id}")).ReadAsync<DispatchView>();
        Assert.Equal(dispatch.Offers.Count, detail.Offers.Count);
        var board = await (await staff.GetAsync("/api/dispatches?status=offered&pageSize=100")).ReadAsync<DispatchBoard>();
        Assert.Contains(board.Page.Items, d => d.Id == dispatch.Id);
        Assert.True(board.Counts.Offered >= 1);
        await (await staff.GetAsync("/api/dispatches?status=lost")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "no target", "sessionId" },
        { "both targets", "sessionId" },
        { "no volunteers", "volunteerIds" },
        { "too many volunteers", "volunteerIds" },
        { "the same volunteer twice", "volunteerIds" },
        { "zero parallel", "parallelOffers" },
        { "eleven parallel", "parallelOffers" },
        { "zero hours", "answerHours" },
        { "a week and an hour", "answerHours" },
        { "long note", "note" },
        { "volunteer not verified", "volunteerIds" },
        { "volunteer of another branch", "volunteerIds" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        var scene = await app.SceneAsync(volunteers: 1);
        var pending = (await app.CreateVerifiedAsync(scene.Item.UnionId, 1, shape: v => v.Status = VolunteerStatus.Pending))[0];
        var jingyan = (await app.CreateVerifiedAsync(await app.UnionIdAsync("井研县总工会"), 1))[0];
        int? sessionId = scene.Session.Id;
        int? groupId = null;
        var volunteers = new List<int> { scene.Volunteers[0].Id };
        var (parallel, hours, note) = (1, 24, "备注");
        switch (change)
        {
            case "no target": sessionId = null; break;
            case "both targets": groupId = 1; break;
            case "no volunteers": volunteers.Clear(); break;
            case "too many volunteers": volunteers = [.. Enumerable.Range(1, 21)]; break;
            case "the same volunteer twice": volunteers.Add(volunteers[0]); break;
            case "zero parallel": parallel = 0; break;
            case "eleven parallel": parallel = 11; break;
            case "zero hours": hours = 0; break;
            case "a week and an hour": hours = 169; break;
            case "long note": note = new string('字', 201); break;
            case "volunteer not verified": volunteers.Add(pending.Id); break;
            case "volunteer of another branch": volunteers.Add(jingyan.Id); break;
        }
        using var staff = await app.As("xigu");
        var response = await staff.PostJsonAsync("/api/dispatches", new
        {
            sessionId, needGroupId = groupId, volunteerIds = volunteers, parallelOffers = parallel, answerHours = hours, note,
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.Dispatches.AnyAsync(d => d.SessionId == scene.Session.Id)));
    }

    [Fact]
    public async Task A_second_live_dispatch_of_the_same_session_is_a_409_even_when_both_race()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        using var staff = await app.As("xigu");
        var body = new { sessionId = scene.Session.Id, volunteerIds = new[] { scene.Volunteers[0].Id }, parallelOffers = 1, answerHours = 24 };
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.PostJsonAsync("/api/dispatches", body)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await lost.ProblemAsync(HttpStatusCode.Conflict, "dispatch_exists");
        }
        Assert.Equal(1, await app.DbAsync(db => db.Dispatches.CountAsync(d => d.SessionId == scene.Session.Id)));
    }

    [Fact]
    public async Task A_cancelled_or_ended_session_cannot_be_dispatched()
    {
        var scene = await app.SceneAsync(volunteers: 1);
        var ended = await app.SessionAsync(scene.Item, startsIn: TimeSpan.FromHours(-3));
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == scene.Session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled)));
        using var staff = await app.As("xigu");
        foreach (var id in new[] { scene.Session.Id, ended.Id })
        {
            var response = await staff.PostJsonAsync("/api/dispatches", new { sessionId = id, volunteerIds = new[] { scene.Volunteers[0].Id } });
            await response.ProblemAsync(HttpStatusCode.Conflict, "session_closed");
        }
        var missing = await staff.PostJsonAsync("/api/dispatches", new { sessionId = 99999999, volunteerIds = new[] { scene.Volunteers[0].Id } });
        await missing.ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
    }

    [Fact]
    public async Task A_Leshan_county_staff_member_can_neither_dispatch_nor_read_nor_change_a_Xigu_dispatch()
    {
        var scene = await app.SceneAsync(volunteers: 2);
        using var emeishan = await app.As("emeishan");
        var create = await emeishan.PostJsonAsync("/api/dispatches", new { sessionId = scene.Session.Id, volunteerIds = new[] { scene.Volunteers[0].Id } });
        await create.ProblemAsync(HttpStatusCode.Forbidden, "dispatch_out_of_scope");
        await (await emeishan.GetAsync($"/api/dispatches/candidates?session={scene.Session.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "dispatch_out_of_scope");

        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers.Take(1));
        await (await emeishan.GetAsync($"/api/dispatches/{dispatch.Id}")).ProblemAsync(HttpStatusCode.NotFound, "dispatch_not_found");
        await (await emeishan.PostJsonAsync($"/api/dispatches/{dispatch.Id}/offer", new { volunteerIds = new[] { scene.Volunteers[1].Id } }))
            .ProblemAsync(HttpStatusCode.NotFound, "dispatch_not_found");
        await (await emeishan.PostAsync($"/api/dispatches/{dispatch.Id}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound, "dispatch_not_found");
        var board = await (await emeishan.GetAsync("/api/dispatches?status=offered&pageSize=100")).ReadAsync<DispatchBoard>();
        Assert.DoesNotContain(board.Page.Items, d => d.Id == dispatch.Id);
        Assert.Equal(DispatchStatus.Offered, (await app.LoadDispatchAsync(dispatch.Id)).Status);
        Assert.Single(await app.OffersAsync(dispatch.Id));

        using var admin = await app.As("admin");
        await (await admin.GetAsync($"/api/dispatches/{dispatch.Id}")).ReadAsync<DispatchView>();
        using var worker = await app.As("worker03");
        await (await worker.GetAsync($"/api/dispatches/{dispatch.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/dispatches")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        using var xigu = await app.As("xigu");
        await (await xigu.GetAsync("/api/dispatches/99999999")).ProblemAsync(HttpStatusCode.NotFound, "dispatch_not_found");
    }

    [Fact]
    public async Task Staff_offer_a_dispatch_to_more_volunteers_and_cancel_it_which_withdraws_the_open_offers()
    {
        var scene = await app.SceneAsync(volunteers: 3);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers.Take(1));
        using var staff = await app.As("xigu");
        var more = await (await staff.PostJsonAsync($"/api/dispatches/{dispatch.Id}/offer", new { volunteerIds = new[] { scene.Volunteers[1].Id } }))
            .ReadAsync<DispatchView>();
        Assert.Equal(2, more.Offers.Count(o => o.Status == OfferStatus.Open));
        var again = await staff.PostJsonAsync($"/api/dispatches/{dispatch.Id}/offer", new { volunteerIds = new[] { scene.Volunteers[1].Id } });
        Assert.Contains("volunteerIds", (await again.ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);

        var cancelled = await (await staff.PostAsync($"/api/dispatches/{dispatch.Id}/cancel", null)).ReadAsync<DispatchView>();
        Assert.Equal(DispatchStatus.Cancelled, cancelled.Status);
        Assert.All(cancelled.Offers, o => Assert.Equal(OfferStatus.Withdrawn, o.Status));
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[1].Person.Id, "派单已撤销"));
        await (await staff.PostAsync($"/api/dispatches/{dispatch.Id}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict, "dispatch_cancelled");
        await (await staff.PostJsonAsync($"/api/dispatches/{dispatch.Id}/offer", new { volunteerIds = new[] { scene.Volunteers[2].Id } }))
            .ProblemAsync(HttpStatusCode.Conflict, "dispatch_closed");
        // The session can be dispatched again.
        await app.DispatchAsync(scene.Session.Id, scene.Volunteers.Skip(2));
    }

    [Fact]
    public async Task Cancelling_an_accepted_dispatch_releases_the_session()
    {
        var scene = await app.SceneAsync(volunteers: 1);
        var dispatch = await app.DispatchAsync(scene.Session.Id, scene.Volunteers);
        using var volunteer = app.Bearer(scene.Volunteers[0].Person);
        await (await volunteer.PostAsync($"/api/dispatches/{dispatch.Id}/accept", null)).ReadAsync<AcceptedDispatch>();
        Assert.Equal(scene.Volunteers[0].Id, (await app.ReloadAsync(scene.Session)).VolunteerId);

        using var staff = await app.As("xigu");
        await (await staff.PostAsync($"/api/dispatches/{dispatch.Id}/cancel", null)).ReadAsync<DispatchView>();
        Assert.Null((await app.ReloadAsync(scene.Session)).VolunteerId);
        Assert.Equal(1, await app.NotificationsAsync(scene.Volunteers[0].Person.Id, "派单已撤销"));
    }

    public sealed class OnSqlite(SqliteApp app) : DispatchApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : DispatchApiTests(app);
}
