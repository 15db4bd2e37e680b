using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Data;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Moderation;

/// <summary>
/// The queue and the decision, with cases inserted directly: the rooms that own content (Needs, later feedback)
/// register their <see cref="IModeratedContent"/> on their own branches, so here a recording stand-in plays that part.
/// </summary>
public abstract class ModerationQueueTests(TestApp app)
{
    private const string HeldText = "想找人包养，加微信abc_1234详聊";

    private async Task<ModerationCase> HeldAsync(string union = "峨眉山市总工会", string contentType = "Test",
        ModerationStatus status = ModerationStatus.Pending, DateTimeOffset? createdAt = null)
    {
        var unionId = await app.UnionIdAsync(union);
        return await app.DbAsync(async db =>
        {
            var authorId = await db.Users.Where(u => u.UserName == "worker01").Select(u => u.Id).SingleAsync();
            var held = new ModerationCase
            {
                ContentType = contentType,
                ContentId = Random.Shared.Next(1, int.MaxValue),
                UnionId = unionId,
                AuthorId = authorId,
                Text = HeldText,
                Reasons = ["含敏感词：包养", "含微信号或引导加微信"],
                Status = status,
                CreatedAt = createdAt ?? TestApp.Now,
            };
            db.ModerationCases.Add(held);
            await db.SaveChangesAsync();
            return held;
        });
    }

    private Task<ModerationCase> ReloadAsync(ModerationCase held) =>
        app.DbAsync(db => db.ModerationCases.AsNoTracking().SingleAsync(c => c.Id == held.Id));

    /// <summary>Decides through the real handler, with the given content rooms instead of the registered ones.</summary>
    private Task<Outcome<ModerationCaseItem>> DecideAsync(string moderator, int caseId, ModerationStatus decision, params IModeratedContent[] contents) =>
        app.AsUserAsync<IServiceProvider, Outcome<ModerationCaseItem>>(moderator, services =>
            new ReviewCase(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<DataScope>(),
                    services.GetRequiredService<CurrentUser>(), services.GetRequiredService<TimeProvider>(), contents,
                    services.GetRequiredService<ModerationCaseItems>())
                .HandleAsync(caseId, new ReviewRequest { Decision = decision, Note = "已核实" }, CancellationToken.None));

    [Fact]
    public async Task Staff_see_cases_of_their_subtree_newest_first_with_reasons_marks_and_names()
    {
        var older = await HeldAsync(createdAt: TestApp.Now.AddDays(30));
        var newer = await HeldAsync(createdAt: TestApp.Now.AddDays(31));
        using var city = await app.As("leshan");
        var page = await (await city.GetAsync("/api/moderation/cases?status=Pending&pageSize=100")).ReadAsync<PagedList<ModerationCaseItem>>();
        var ids = page.Items.Select(c => c.Id).ToList();
        Assert.True(ids.IndexOf(newer.Id) >= 0 && ids.IndexOf(newer.Id) < ids.IndexOf(older.Id), "newest first");
        var item = page.Items.Single(c => c.Id == newer.Id);
        Assert.Equal(["含敏感词：包养", "含微信号或引导加微信"], item.Reasons);
        Assert.Equal(["包养", "加微信abc_1234"], item.Marks.Select(m => HeldText.Substring(m.Start, m.Length)).ToList());
        Assert.Equal("峨眉山市总工会", item.UnionName);
        Assert.Equal("审核中", item.StatusName);
        Assert.StartsWith("职工", item.AuthorName, StringComparison.Ordinal);
        Assert.All(page.Items, c => Assert.Equal(ModerationStatus.Pending, c.Status));
    }

    [Fact]
    public async Task A_county_does_not_see_another_countys_cases()
    {
        var held = await HeldAsync();
        using var county = await app.As("jingyan");
        var page = await (await county.GetAsync("/api/moderation/cases?pageSize=100")).ReadAsync<PagedList<ModerationCaseItem>>();
        Assert.DoesNotContain(page.Items, c => c.Id == held.Id);
        using var own = await app.As("emeishan");
        var ownPage = await (await own.GetAsync("/api/moderation/cases?status=审核中&pageSize=100")).ReadAsync<PagedList<ModerationCaseItem>>();
        Assert.Contains(ownPage.Items, c => c.Id == held.Id);
    }

    [Fact]
    public async Task The_status_filter_keeps_reviewed_cases_apart_and_rejects_unknown_values()
    {
        var rejected = await HeldAsync(status: ModerationStatus.Rejected);
        using var staff = await app.As("emeishan");
        var page = await (await staff.GetAsync("/api/moderation/cases?status=Rejected&pageSize=100")).ReadAsync<PagedList<ModerationCaseItem>>();
        Assert.Contains(page.Items, c => c.Id == rejected.Id);
        var pending = await (await staff.GetAsync("/api/moderation/cases?status=Pending&pageSize=100")).ReadAsync<PagedList<ModerationCaseItem>>();
        Assert.DoesNotContain(pending.Items, c => c.Id == rejected.Id);

        var problem = await (await staff.GetAsync("/api/moderation/cases?status=Maybe&page=0")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("status", problem.Errors().Keys);
        Assert.Contains("page", problem.Errors().Keys);
    }

    [Fact]
    public async Task Workers_and_anonymous_callers_have_no_queue()
    {
        using var worker = await app.As("worker02");
        await (await worker.GetAsync("/api/moderation/cases")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await worker.PostJsonAsync("/api/moderation/cases/1/review", new ReviewRequest { Decision = ModerationStatus.Approved }))
            .ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/moderation/cases")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task A_decision_is_applied_to_the_content_and_recorded()
    {
        var held = await HeldAsync();
        var content = new RecordingContent("Test");
        var outcome = await DecideAsync("emeishan", held.Id, ModerationStatus.Approved, content);
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        Assert.Equal([(held.ContentId, ModerationStatus.Approved)], content.Decisions);
        Assert.Equal("峨眉山市总工会 李红", outcome.Value.ReviewerName);

        var saved = await ReloadAsync(held);
        Assert.Equal(ModerationStatus.Approved, saved.Status);
        Assert.Equal("已核实", saved.ReviewNote);
        Assert.Equal(TestApp.Now, saved.ReviewedAt);
        Assert.NotNull(saved.ReviewedBy);
    }

    [Fact]
    public async Task When_the_content_cannot_take_the_decision_the_case_stays_pending()
    {
        var held = await HeldAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => DecideAsync("emeishan", held.Id, ModerationStatus.Rejected, new FailingContent("Test")));
        var saved = await ReloadAsync(held);
        Assert.Equal(ModerationStatus.Pending, saved.Status);
        Assert.Null(saved.ReviewedBy);
    }

    [Fact]
    public async Task Of_two_moderators_deciding_at_once_exactly_one_wins()
    {
        for (var round = 0; round < 5; round++)
        {
            var held = await HeldAsync();
            var content = new RecordingContent("Test");
            using var start = new SemaphoreSlim(0, 2);
            async Task<Outcome<ModerationCaseItem>> Decide(string moderator, ModerationStatus decision)
            {
                await start.WaitAsync();
                return await DecideAsync(moderator, held.Id, decision, content);
            }
            var racing = new[] { Task.Run(() => Decide("emeishan", ModerationStatus.Approved)), Task.Run(() => Decide("leshan", ModerationStatus.Rejected)) };
            start.Release(2);
            var outcomes = await Task.WhenAll(racing);

            var winner = Assert.Single(outcomes, o => o.Succeeded);
            Assert.Equal("moderation_case_reviewed", Assert.Single(outcomes, o => !o.Succeeded).Problem!.Code);
            Assert.Equal([(held.ContentId, winner.Value.Status)], content.Decisions);
            Assert.Equal(winner.Value.Status, (await ReloadAsync(held)).Status);
        }
    }

    [Fact]
    public async Task A_case_of_a_kind_no_room_handles_is_409_and_stays_pending()
    {
        var held = await HeldAsync(contentType: "NoSuchRoom");
        using var staff = await app.As("emeishan");
        await (await staff.PostJsonAsync($"/api/moderation/cases/{held.Id}/review", new ReviewRequest { Decision = ModerationStatus.Approved }))
            .ProblemAsync(HttpStatusCode.Conflict, "moderation_content_unknown");
        Assert.Equal(ModerationStatus.Pending, (await ReloadAsync(held)).Status);
    }

    [Fact]
    public async Task A_case_already_reviewed_is_409()
    {
        var held = await HeldAsync(status: ModerationStatus.Approved);
        using var staff = await app.As("emeishan");
        await (await staff.PostJsonAsync($"/api/moderation/cases/{held.Id}/review", new ReviewRequest { Decision = ModerationStatus.Rejected }))
            .ProblemAsync(HttpStatusCode.Conflict, "moderation_case_reviewed");
        Assert.Equal(ModerationStatus.Approved, (await ReloadAsync(held)).Status);
    }

    [Fact]
    public async Task Another_countys_case_is_404_and_unchanged()
    {
        var held = await HeldAsync();
        using var other = await app.As("jingyan");
        await (await other.PostJsonAsync($"/api/moderation/cases/{held.Id}/review", new ReviewRequest { Decision = ModerationStatus.Rejected }))
            .ProblemAsync(HttpStatusCode.NotFound, "moderation_case_not_found");
        var saved = await ReloadAsync(held);
        Assert.Equal(ModerationStatus.Pending, saved.Status);
        Assert.Null(saved.ReviewedBy);
        await (await other.PostJsonAsync("/api/moderation/cases/999999999/review", new ReviewRequest { Decision = ModerationStatus.Rejected }))
            .ProblemAsync(HttpStatusCode.NotFound, "moderation_case_not_found");
    }

    [Fact]
    public async Task A_missing_or_pending_decision_and_an_overlong_note_are_400()
    {
        var held = await HeldAsync();
        using var staff = await app.As("emeishan");
        var missing = await (await staff.PostJsonAsync($"/api/moderation/cases/{held.Id}/review", new { note = "无" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("decision", missing.Errors().Keys);
        var pending = await (await staff.PostJsonAsync($"/api/moderation/cases/{held.Id}/review", new ReviewRequest { Decision = ModerationStatus.Pending }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("decision", pending.Errors().Keys);
        var note = await (await staff.PostJsonAsync($"/api/moderation/cases/{held.Id}/review",
                new ReviewRequest { Decision = ModerationStatus.Approved, Note = new string('注', 201) }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("note", note.Errors().Keys);
        Assert.Equal(ModerationStatus.Pending, (await ReloadAsync(held)).Status);
    }

    private sealed class RecordingContent(string contentType) : IModeratedContent
    {
        private readonly ConcurrentQueue<(int, ModerationStatus)> _decisions = new();

        public string ContentType => contentType;

        public List<(int, ModerationStatus)> Decisions => [.. _decisions];

        public Task ApplyDecisionAsync(int contentId, ModerationStatus decision, CancellationToken ct)
        {
            _decisions.Enqueue((contentId, decision));
            return Task.CompletedTask;
        }
    }

    private sealed class FailingContent(string contentType) : IModeratedContent
    {
        public string ContentType => contentType;

        public Task ApplyDecisionAsync(int contentId, ModerationStatus decision, CancellationToken ct) =>
            throw new InvalidOperationException("The content is gone.");
    }

    public sealed class OnSqlite(SqliteApp app) : ModerationQueueTests(app);

    public sealed class OnPostgres(PostgresApp app) : ModerationQueueTests(app);
}
