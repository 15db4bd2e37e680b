using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Feedback;

public abstract class SubmitFeedbackTests(TestApp app)
{
    private static object Stars(int content = 5, int provider = 4, int? venue = 5, string? comment = null) =>
        new { contentStars = content, providerStars = provider, venueStars = venue, comment };

    [Fact]
    public async Task An_attendee_rates_an_ended_session_and_the_roll_up_keys_are_copied_in()
    {
        var item = await app.PublishedItemAsync();
        var volunteer = (await app.CreateVerifiedAsync(item.UnionId))[0];
        var session = await app.EndedSessionAsync(item, volunteerId: volunteer.Id);
        var worker = (await app.AttendeesAsync(session))[0];
        using var client = app.Bearer(worker);

        var saved = await (await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(comment: "讲得很清楚，希望多开几次")))
            .ReadAsync<FeedbackView>(HttpStatusCode.Created);

        Assert.Equal((5, 4, (int?)5), (saved.ContentStars, saved.ProviderStars, saved.VenueStars));
        Assert.Equal((item.Id, item.UnionId, session.SiteId, (int?)volunteer.Id, ServiceMode.Lecture),
            (saved.MenuItemId, saved.UnionId, saved.SiteId, saved.VolunteerId, saved.Mode));
        Assert.False(saved.IsLow);
        Assert.Equal(FollowUpStatus.None, saved.FollowUp);
        Assert.Equal(ModerationStatus.Approved, saved.CommentModeration);
        var row = await app.DbAsync(db => db.Feedback.AsNoTracking().SingleAsync(f => f.Id == saved.Id));
        Assert.Equal((worker.Id, session.Id, TestApp.Now), (row.UserId, row.SessionId, row.CreatedAt));
    }

    [Fact]
    public async Task A_low_rating_opens_a_follow_up_and_a_flagged_comment_waits_for_a_moderator_who_approves_it()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var worker = (await app.AttendeesAsync(session))[0];
        using var client = app.Bearer(worker);

        var saved = await (await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(5, 2, 4, "有问题加我微信 abc123456 私聊")))
            .ReadAsync<FeedbackView>(HttpStatusCode.Created);

        Assert.True(saved.IsLow);
        Assert.Equal(FollowUpStatus.Open, saved.FollowUp);
        Assert.Equal(ModerationStatus.Pending, saved.CommentModeration);
        var caseId = await app.DbAsync(db => db.ModerationCases
            .Where(c => c.ContentType == FeedbackModeration.Type && c.ContentId == saved.Id).Select(c => c.Id).SingleAsync());

        using var moderator = await app.As("xigu");
        var reviewed = await moderator.PostJsonAsync($"/api/moderation/cases/{caseId}/review", new { decision = "Approved" });
        Assert.True(reviewed.IsSuccessStatusCode, await reviewed.Content.ReadAsStringAsync());
        Assert.Equal(ModerationStatus.Approved, await app.DbAsync(db => db.Feedback.Where(f => f.Id == saved.Id).Select(f => f.CommentModeration).SingleAsync()));
    }

    [Fact]
    public async Task An_online_session_is_rated_without_a_venue_and_a_venue_rating_is_refused()
    {
        var item = await app.PublishedItemAsync(channel: DeliveryChannel.Online);
        var session = await app.EndedSessionAsync(item, online: true);
        var workers = await app.AttendeesAsync(session, 2);
        using var first = app.Bearer(workers[0]);
        var refused = await (await first.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(venue: 5)))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("venueStars", refused.Errors().Keys);

        var saved = await (await first.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(venue: null)))
            .ReadAsync<FeedbackView>(HttpStatusCode.Created);
        Assert.Null(saved.VenueStars);
        Assert.Null(saved.SiteId);
        Assert.Null(saved.CommentModeration);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "content 0", "contentStars" },
        { "content 6", "contentStars" },
        { "no content", "contentStars" },
        { "provider 0", "providerStars" },
        { "no provider", "providerStars" },
        { "venue 6", "venueStars" },
        { "no venue at a site", "venueStars" },
        { "long comment", "comment" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_stars_or_comment_are_a_400_naming_the_field_and_nothing_is_saved(string change, string field)
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var worker = (await app.AttendeesAsync(session))[0];
        using var client = app.Bearer(worker);
        object body = change switch
        {
            "content 0" => Stars(content: 0),
            "content 6" => Stars(content: 6),
            "no content" => new { providerStars = 4, venueStars = 4 },
            "provider 0" => Stars(provider: 0),
            "no provider" => new { contentStars = 4, venueStars = 4 },
            "venue 6" => Stars(venue: 6),
            "no venue at a site" => Stars(venue: null),
            _ => Stars(comment: new string('好', 301)),
        };
        var problem = await (await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", body))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.Feedback.AnyAsync(f => f.SessionId == session.Id)));
    }

    [Fact]
    public async Task Only_attendees_may_rate_and_anonymous_callers_are_told_to_sign_in()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var outsider = (await app.CreateAsync(1, "fbo"))[0];
        using var client = app.Bearer(outsider);
        await (await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars())).ProblemAsync(HttpStatusCode.Forbidden, "not_an_attendee");
        using var anonymous = app.Anonymous();
        await (await anonymous.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars())).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await client.PostJsonAsync("/api/sessions/99999999/feedback", Stars())).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
        Assert.False(await app.DbAsync(db => db.Feedback.AnyAsync(f => f.SessionId == session.Id)));
    }

    [Fact]
    public async Task Rating_before_the_end_after_the_window_or_of_a_cancelled_session_is_a_409()
    {
        var item = await app.PublishedItemAsync();
        var running = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromMinutes(-30));
        var old = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var lastDay = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var cancelled = await app.EndedSessionAsync(item);
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled)));

        async Task<HttpResponseMessage> RateAsync(Session session)
        {
            using var client = app.Bearer((await app.AttendeesAsync(session))[0]);
            return await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars());
        }
        await (await RateAsync(running)).ProblemAsync(HttpStatusCode.Conflict, "session_not_ended");
        await (await RateAsync(old)).ProblemAsync(HttpStatusCode.Conflict, "feedback_closed");
        await (await RateAsync(cancelled)).ProblemAsync(HttpStatusCode.Conflict, "session_cancelled");
        Assert.Equal(HttpStatusCode.Created, (await RateAsync(lastDay)).StatusCode);
    }

    [Fact]
    public async Task A_second_rating_is_a_409_and_the_first_stays()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        using var client = app.Bearer((await app.AttendeesAsync(session))[0]);
        await (await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(5, 5, 5))).ReadAsync<FeedbackView>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(1, 1, 1))).ProblemAsync(HttpStatusCode.Conflict, "feedback_already_given");
        var row = await app.DbAsync(db => db.Feedback.AsNoTracking().SingleAsync(f => f.SessionId == session.Id));
        Assert.Equal(5, row.ContentStars);
    }

    [Fact]
    public async Task Two_concurrent_submissions_of_one_attendee_leave_one_rating()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var worker = (await app.AttendeesAsync(session))[0];
        using var a = app.Bearer(worker);
        using var b = app.Bearer(worker);
        using var start = new SemaphoreSlim(0);
        async Task<HttpResponseMessage> PostAsync(HttpClient client, int stars)
        {
            await start.WaitAsync();
            return await client.PostJsonAsync($"/api/sessions/{session.Id}/feedback", Stars(stars, stars, stars));
        }
        var both = Task.WhenAll(PostAsync(a, 5), PostAsync(b, 3));
        start.Release(2);
        var responses = await both;

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order().ToArray());
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict, "feedback_already_given");
        Assert.Equal(1, await app.DbAsync(db => db.Feedback.CountAsync(f => f.SessionId == session.Id)));
    }

    [Fact]
    public async Task The_worker_sees_sessions_to_rate_and_those_rated()
    {
        var item = await app.PublishedItemAsync();
        var first = await app.EndedSessionAsync(item);
        var second = await app.EndedSessionAsync(item, endedAgo: TimeSpan.FromDays(2));
        var worker = (await app.AttendeesAsync(first))[0];
        await app.DbAsync(async db =>
        {
            db.CheckIns.Add(new Features.Attendance.CheckIn { SessionId = second.Id, UserId = worker.Id, Method = Features.Attendance.CheckInMethod.ByHand, IsWalkIn = true, CheckedInAt = second.StartsAt });
            await db.SaveChangesAsync();
        });
        using var client = app.Bearer(worker);
        await (await client.PostJsonAsync($"/api/sessions/{first.Id}/feedback", Stars())).ReadAsync<FeedbackView>(HttpStatusCode.Created);

        var mine = await (await client.GetAsync("/api/me/feedback")).ReadAsync<MyFeedback>();
        Assert.Equal(second.Id, Assert.Single(mine.ToRate).SessionId);
        Assert.Equal(first.Id, Assert.Single(mine.Rated).SessionId);
        Assert.Equal(second.EndsAt.AddDays(14), mine.ToRate[0].Deadline);
    }

    public sealed class OnSqlite(SqliteApp app) : SubmitFeedbackTests(app);

    public sealed class OnPostgres(PostgresApp app) : SubmitFeedbackTests(app);
}
