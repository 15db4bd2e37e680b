using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Feedback;

public abstract class FeedbackStaffTests(TestApp app)
{
    /// <summary>Satisfaction by its definition, counted here independently of the app: 4–5 star ratings over all star ratings.</summary>
    private static decimal ExpectedSatisfaction(params (int Content, int Provider, int? Venue)[] ratings)
    {
        var stars = ratings.SelectMany(r => r.Venue is { } v ? new[] { r.Content, r.Provider, v } : [r.Content, r.Provider]).ToList();
        return Math.Round(100m * stars.Count(s => s >= 4) / stars.Count, 1, MidpointRounding.AwayFromZero);
    }

    [Fact]
    public async Task The_session_summary_counts_attendees_ratings_satisfaction_averages_distribution_and_comments()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        (int, int, int?)[] given = [(5, 4, 5), (3, 2, 4), (4, 4, 1)];
        await app.RatingAsync(session, 5, 4, 5, "很好");
        await app.RatingAsync(session, 3, 2, 4, "主讲念稿子", ModerationStatus.Pending);
        await app.RatingAsync(session, 4, 4, 1);
        await app.AttendeesAsync(session);

        using var staff = await app.As("xigu");
        var summary = await (await staff.GetAsync($"/api/sessions/{session.Id}/feedback/summary")).ReadAsync<FeedbackSummary>();

        Assert.Equal((4, 3, (decimal?)75.0m), (summary.Attendees, summary.Feedbacks, summary.ResponseRate));
        Assert.Equal(ExpectedSatisfaction(given), summary.Figures.Satisfaction);
        Assert.Equal(66.7m, summary.Figures.Satisfaction);
        Assert.Equal(9, summary.Figures.Ratings);
        Assert.Equal((66.7m, 66.7m, 66.7m), (summary.Figures.ContentSatisfaction!.Value, summary.Figures.ProviderSatisfaction!.Value, summary.Figures.VenueSatisfaction!.Value));
        Assert.Equal((4.00m, 3.33m, 3.33m), (summary.Figures.ContentAverage!.Value, summary.Figures.ProviderAverage!.Value, summary.Figures.VenueAverage!.Value));
        Assert.Equal(2, summary.Figures.Low);
        Assert.Equal([0, 0, 1, 1, 1], summary.Distribution.Content);
        Assert.Equal([0, 1, 0, 2, 0], summary.Distribution.Provider);
        Assert.Equal([1, 0, 0, 1, 1], summary.Distribution.Venue);
        Assert.Equal(2, summary.Comments.Count);
        Assert.Equal(ModerationStatus.Pending, summary.Comments.Single(c => c.Comment == "主讲念稿子").Moderation);
    }

    [Fact]
    public async Task Satisfaction_rolls_up_by_item_volunteer_site_mode_and_child_union_counting_whole_subtrees()
    {
        var xigu = await app.UnionIdAsync("西固区总工会");
        var node = await app.UnionUnderAsync(xigu, "评价测试");
        var childA = await app.UnionUnderAsync(node.Id, "评价甲");
        var grandchild = await app.UnionUnderAsync(childA.Id, "评价甲一");
        var childB = await app.UnionUnderAsync(node.Id, "评价乙");
        var volunteers = await app.CreateVerifiedAsync(xigu, 2);
        var (v1, v2) = (volunteers[0].Id, volunteers[1].Id);

        async Task<Session> SessionOfAsync(string union, bool online = false, int? volunteer = null, ServiceMode mode = ServiceMode.Lecture)
        {
            var item = await app.PublishedItemAsync(union);
            await app.DbAsync(db => db.MenuItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Mode, mode)));
            return await app.EndedSessionAsync(item, online: online, volunteerId: volunteer);
        }
        var atNode = await SessionOfAsync(node.Name, volunteer: v1);
        var atA = await SessionOfAsync(childA.Name, volunteer: v1);
        var atGrandchild = await SessionOfAsync(grandchild.Name, online: true, volunteer: v2, mode: ServiceMode.Help);
        var atB = await SessionOfAsync(childB.Name);
        await app.RatingAsync(atNode, 5, 5, 5);
        await app.RatingAsync(atA, 4, 2, 3);
        await app.RatingAsync(atGrandchild, 3, 3, null);
        await app.RatingAsync(atB, 5, 4, 4);

        using var staff = await app.As("xigu");
        async Task<SatisfactionReport> ByAsync(string by, string extra = "") =>
            await (await staff.GetAsync($"/api/feedback/satisfaction?by={by}&unionId={node.Id}{extra}")).ReadAsync<SatisfactionReport>();

        var byUnion = await ByAsync("union");
        Assert.Equal(ExpectedSatisfaction((5, 5, 5), (4, 2, 3), (3, 3, null), (5, 4, 4)), byUnion.Overall.Satisfaction);
        Assert.Equal((4, 11, 1), (byUnion.Overall.Feedbacks, byUnion.Overall.Ratings, byUnion.Overall.Low));
        Assert.Equal(new[] { Key(childA.Id), Key(childB.Id) }.Order(StringComparer.Ordinal), byUnion.Rows.Select(r => r.Key).Order(StringComparer.Ordinal));
        var a = byUnion.Rows.Single(r => r.Key == Key(childA.Id));
        Assert.Equal((childA.Name, 2, 5, ExpectedSatisfaction((4, 2, 3), (3, 3, null))), (a.Name, a.Figures.Feedbacks, a.Figures.Ratings, a.Figures.Satisfaction!.Value));
        Assert.Equal(100.0m, byUnion.Rows.Single(r => r.Key == Key(childB.Id)).Figures.Satisfaction);

        var byItem = await ByAsync("item");
        Assert.Equal(4, byItem.Rows.Count);
        Assert.Equal(byItem.Overall, byUnion.Overall);

        var byVolunteer = await ByAsync("volunteer");
        Assert.Equal(ExpectedSatisfaction((5, 5, 5), (4, 2, 3)), byVolunteer.Rows.Single(r => r.Key == Key(v1)).Figures.Satisfaction);
        Assert.Equal(0.0m, byVolunteer.Rows.Single(r => r.Key == Key(v2)).Figures.Satisfaction);
        Assert.Equal("未派志愿者", byVolunteer.Rows.Single(r => r.Key == "none").Name);
        Assert.StartsWith("测试职工", byVolunteer.Rows.Single(r => r.Key == Key(v1)).Name, StringComparison.Ordinal);

        var bySite = await ByAsync("site");
        Assert.Equal(ExpectedSatisfaction((5, 5, 5), (4, 2, 3), (5, 4, 4)), bySite.Rows.Single(r => r.Key == Key(atNode.SiteId!.Value)).Figures.Satisfaction);
        Assert.Equal(("线上", 1), (bySite.Rows.Single(r => r.Key == "online").Name, bySite.Rows.Single(r => r.Key == "online").Figures.Feedbacks));

        var byMode = await ByAsync("mode");
        Assert.Equal(("讲", 3), (byMode.Rows.Single(r => r.Key == "Lecture").Name, byMode.Rows.Single(r => r.Key == "Lecture").Figures.Feedbacks));
        Assert.Equal(("帮", 1), (byMode.Rows.Single(r => r.Key == "Help").Name, byMode.Rows.Single(r => r.Key == "Help").Figures.Feedbacks));

        var later = await ByAsync("item", "&from=2026-12-03&to=2026-12-31");
        Assert.Equal(0, later.Overall.Feedbacks);
        Assert.Null(later.Overall.Satisfaction);
        var sameDay = await ByAsync("item", "&from=2026-12-02&to=2026-12-02");
        Assert.Equal(4, sameDay.Overall.Feedbacks);
    }

    [Fact]
    public async Task Bad_roll_up_parameters_are_a_400_naming_the_field()
    {
        using var staff = await app.As("xigu");
        Assert.Contains("by", (await (await staff.GetAsync("/api/feedback/satisfaction?by=weather")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("to", (await (await staff.GetAsync("/api/feedback/satisfaction?from=2026-12-05&to=2026-12-01")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("status", (await (await staff.GetAsync("/api/feedback/follow-ups?status=later")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        await (await staff.GetAsync("/api/feedback/satisfaction?unionId=99999999")).ProblemAsync(HttpStatusCode.NotFound, "union_not_found");
        await (await staff.GetAsync("/api/sessions/99999999/feedback/summary")).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
    }

    [Fact]
    public async Task Staff_of_another_county_cannot_read_or_act_on_xigu_feedback_and_workers_cannot_read_summaries()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var low = await app.RatingAsync(session, 1, 2, 3, "太吵了，听不清");
        var xigu = await app.UnionIdAsync("西固区总工会");

        using var leshanCounty = await app.As("emeishan");
        await (await leshanCounty.GetAsync($"/api/sessions/{session.Id}/feedback/summary")).ProblemAsync(HttpStatusCode.Forbidden, "session_out_of_scope");
        await (await leshanCounty.GetAsync($"/api/feedback/satisfaction?unionId={xigu}")).ProblemAsync(HttpStatusCode.Forbidden, "feedback_out_of_scope");
        var open = await (await leshanCounty.GetAsync("/api/feedback/follow-ups?status=open&pageSize=100")).ReadAsync<PagedList<FollowUpItem>>();
        Assert.DoesNotContain(open.Items, i => i.Id == low.Id);
        await (await leshanCounty.PostJsonAsync($"/api/feedback/{low.Id}/follow-up", new { note = "已电话回访" })).ProblemAsync(HttpStatusCode.Forbidden, "feedback_out_of_scope");
        await (await leshanCounty.PostJsonAsync($"/api/feedback/{low.Id}/to-need", new { category = "LegalAid" })).ProblemAsync(HttpStatusCode.Forbidden, "feedback_out_of_scope");
        var row = await app.DbAsync(db => db.Feedback.AsNoTracking().SingleAsync(f => f.Id == low.Id));
        Assert.Equal((FollowUpStatus.Open, (int?)null), (row.FollowUp, row.NeedId));

        var own = (await app.Bearer((await app.AttendeesAsync(session))[0]).GetAsync($"/api/sessions/{session.Id}/feedback/summary"));
        await own.ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/feedback/follow-ups")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Staff_record_the_follow_up_of_a_low_rating_once()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var low = await app.RatingAsync(session, 2, 4, 4);
        var fine = await app.RatingAsync(session, 5, 4, 4);
        using var staff = await app.As("xigu");

        Assert.True(await InQueueAsync(staff, "open", low.Id));
        Assert.Contains("note", (await (await staff.PostJsonAsync($"/api/feedback/{low.Id}/follow-up", new { note = " " })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        var done = await (await staff.PostJsonAsync($"/api/feedback/{low.Id}/follow-up", new { note = "已电话回访，下次改在大教室" })).ReadAsync<FeedbackView>();
        Assert.Equal((FollowUpStatus.Done, "已电话回访，下次改在大教室", (DateTimeOffset?)TestApp.Now), (done.FollowUp, done.FollowUpNote, done.FollowedUpAt));
        await (await staff.PostJsonAsync($"/api/feedback/{low.Id}/follow-up", new { note = "再次回访" })).ProblemAsync(HttpStatusCode.Conflict, "follow_up_done");
        await (await staff.PostJsonAsync($"/api/feedback/{fine.Id}/follow-up", new { note = "回访" })).ProblemAsync(HttpStatusCode.Conflict, "feedback_not_low");
        await (await staff.PostJsonAsync("/api/feedback/99999999/follow-up", new { note = "回访" })).ProblemAsync(HttpStatusCode.NotFound, "feedback_not_found");
        Assert.True(await InQueueAsync(staff, "done", low.Id));
        Assert.False(await InQueueAsync(staff, "open", low.Id));
        var by = await app.DbAsync(db => db.Feedback.Where(f => f.Id == low.Id).Select(f => f.FollowedUpBy).SingleAsync());
        Assert.Equal(await app.DbAsync(db => db.Users.Where(u => u.UserName == "xigu").Select(u => (Guid?)u.Id).SingleAsync()), by);
    }

    [Fact]
    public async Task An_approved_comment_becomes_a_grouped_need_of_its_author_once()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.EndedSessionAsync(item);
        var rating = await app.RatingAsync(session, 4, 4, 4, "希望再开一次劳动合同讲座，讲讲加班费怎么算");
        var held = await app.RatingAsync(session, 2, 2, 2, "待审核的留言", ModerationStatus.Pending);
        using var staff = await app.As("xigu");

        Assert.Contains("category", (await (await staff.PostJsonAsync($"/api/feedback/{rating.Id}/to-need", new { text = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        await (await staff.PostJsonAsync($"/api/feedback/{held.Id}/to-need", new { category = "LegalAid" })).ProblemAsync(HttpStatusCode.Conflict, "comment_not_approved");
        var made = await (await staff.PostJsonAsync($"/api/feedback/{rating.Id}/to-need", new { category = "LegalAid" })).ReadAsync<FeedbackNeed>(HttpStatusCode.Created);

        var need = await app.DbAsync(db => db.Needs.AsNoTracking().SingleAsync(n => n.Id == made.NeedId));
        Assert.Equal((rating.UserId, session.UnionId, NeedCategory.LegalAid, rating.Comment, ModerationStatus.Approved, NeedStatus.Grouped, (int?)made.GroupId),
            (need.UserId, need.UnionId, need.Category, need.Text, need.Moderation, need.Status, need.GroupId));
        Assert.Equal(made.NeedId, await app.DbAsync(db => db.Feedback.Where(f => f.Id == rating.Id).Select(f => f.NeedId).SingleAsync()));
        await (await staff.PostJsonAsync($"/api/feedback/{rating.Id}/to-need", new { category = "LegalAid", text = "再来一次" })).ProblemAsync(HttpStatusCode.Conflict, "feedback_already_need");
        Assert.Equal(1, await app.DbAsync(db => db.Needs.CountAsync(n => n.UserId == rating.UserId)));
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<bool> InQueueAsync(HttpClient staff, string status, int id)
    {
        for (var page = 1; ; page++)
        {
            var list = await (await staff.GetAsync($"/api/feedback/follow-ups?status={status}&page={page}&pageSize=100")).ReadAsync<PagedList<FollowUpItem>>();
            if (list.Items.Any(i => i.Id == id))
            {
                return true;
            }
            if (page * list.PageSize >= list.Total)
            {
                return false;
            }
        }
    }

    public sealed class OnSqlite(SqliteApp app) : FeedbackStaffTests(app);

    public sealed class OnPostgres(PostgresApp app) : FeedbackStaffTests(app);
}
