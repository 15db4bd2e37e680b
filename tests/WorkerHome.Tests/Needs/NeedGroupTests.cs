using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

public abstract class NeedGroupTests(TestApp app)
{
    [Fact]
    public async Task Similar_needs_share_a_group_and_a_different_one_starts_its_own()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(3, union);
        var lecture = await workers[0].Client.SubmitAsync("希望开展劳动合同法讲座");
        var similar = await workers[1].Client.SubmitAsync("想听劳动合同方面的法律知识讲座");
        var childCare = await workers[2].Client.SubmitAsync("孩子暑假没人带，希望有托管班");

        var groups = await app.DbAsync(db => db.Needs.Where(n => n.Id == lecture.Id || n.Id == similar.Id || n.Id == childCare.Id)
            .ToDictionaryAsync(n => n.Id, n => n.GroupId));
        Assert.Equal(groups[lecture.Id], groups[similar.Id]);
        Assert.NotEqual(groups[lecture.Id], groups[childCare.Id]);
        var group = await app.DbAsync(db => db.NeedGroups.SingleAsync(g => g.Id == groups[lecture.Id]));
        Assert.Equal("希望开展劳动合同法讲座", group.Title);
        Assert.Equal(union, group.UnionId);
        Dispose(workers);
    }

    [Fact]
    public async Task The_board_shows_heat_as_distinct_people_with_this_weeks_trend()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(4, union);
        var first = await workers[0].Client.SubmitAsync("想学电工证考试培训", NeedCategory.SkillsTraining);
        var second = await workers[1].Client.SubmitAsync("希望组织电工证考试的培训班", NeedCategory.SkillsTraining);
        // The second author also seconds the first: one person, counted once in the heat.
        await (await workers[1].Client.PostAsync($"/api/needs/{first.Id}/me-too", null)).ReadAsync<MeTooResult>(HttpStatusCode.Created);
        await (await workers[2].Client.PostAsync($"/api/needs/{first.Id}/me-too", null)).ReadAsync<MeTooResult>(HttpStatusCode.Created);
        await (await workers[3].Client.PostAsync($"/api/needs/{second.Id}/me-too", null)).ReadAsync<MeTooResult>(HttpStatusCode.Created);

        using var staff = await app.As("xigu");
        var board = await (await staff.GetAsync($"/api/need-groups?union={union}")).ReadAsync<PagedList<NeedGroupView>>();
        var group = Assert.Single(board.Items);
        Assert.Equal(2, group.NeedCount);
        Assert.Equal(3, group.MeTooCount);
        Assert.Equal(4, group.Heat);
        Assert.Equal(8, group.Trend.Count);
        Assert.Equal(5, group.Trend[^1].Count);
        Assert.All(group.Trend.Take(7), w => Assert.Equal(0, w.Count));
        Assert.Equal(DayOfWeek.Monday, group.Trend[^1].WeekOf.DayOfWeek);
        Assert.Equal(2, group.Members.Count);
        Assert.Contains(group.Members, m => m.AuthorName.Length > 0);
        Dispose(workers);
    }

    [Fact]
    public async Task Merging_moves_every_need_and_the_merged_group_is_never_joined_again()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(3, union);
        var yoga = await workers[0].Client.SubmitAsync("想参加瑜伽兴趣班", NeedCategory.CultureAndSports);
        var dance = await workers[1].Client.SubmitAsync("希望组织广场舞队伍", NeedCategory.CultureAndSports);
        var (yogaGroup, danceGroup) = await GroupsOf(yoga.Id, dance.Id);
        Assert.NotEqual(yogaGroup, danceGroup);

        using var staff = await app.As("xigu");
        var merged = await (await staff.PostJsonAsync("/api/need-groups/merge", new { sourceGroupIds = new[] { danceGroup }, targetGroupId = yogaGroup }))
            .ReadAsync<NeedGroupView>();
        Assert.Equal(2, merged.NeedCount);
        Assert.Equal(yogaGroup, (await app.NeedAsync(dance.Id)).GroupId);
        Assert.Equal(yogaGroup, (await app.DbAsync(db => db.NeedGroups.SingleAsync(g => g.Id == danceGroup))).MergedIntoId);

        var again = await workers[2].Client.SubmitAsync("希望组织广场舞队伍", NeedCategory.CultureAndSports);
        Assert.Equal(yogaGroup, (await app.NeedAsync(again.Id)).GroupId);
        await (await staff.GetAsync($"/api/need-groups/{danceGroup}")).ProblemAsync(HttpStatusCode.Conflict, "need_group_merged");
        Dispose(workers);
    }

    [Fact]
    public async Task Merging_across_categories_or_with_a_missing_group_changes_nothing()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(2, union);
        var legal = await workers[0].Client.SubmitAsync("想咨询工伤认定怎么办理");
        var care = await workers[1].Client.SubmitAsync("孩子放学没人接，希望有托管", NeedCategory.ChildCare);
        var (legalGroup, careGroup) = await GroupsOf(legal.Id, care.Id);

        using var staff = await app.As("xigu");
        await (await staff.PostJsonAsync("/api/need-groups/merge", new { sourceGroupIds = new[] { careGroup }, targetGroupId = legalGroup }))
            .ProblemAsync(HttpStatusCode.Conflict, "need_group_category_mismatch");
        await (await staff.PostJsonAsync("/api/need-groups/merge", new { sourceGroupIds = new[] { 999_999 }, targetGroupId = legalGroup }))
            .ProblemAsync(HttpStatusCode.NotFound, "need_group_not_found");
        var empty = await (await staff.PostJsonAsync("/api/need-groups/merge", new { sourceGroupIds = Array.Empty<int>(), targetGroupId = legalGroup }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("sourceGroupIds", empty.Errors().Keys);
        Assert.Equal(careGroup, (await app.NeedAsync(care.Id)).GroupId);
        Assert.False(await app.DbAsync(db => db.NeedGroups.AnyAsync(g => (g.Id == careGroup || g.Id == legalGroup) && g.MergedIntoId != null)));
        Dispose(workers);
    }

    [Fact]
    public async Task Splitting_moves_the_chosen_needs_to_a_new_group_and_keeps_at_least_one()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(3, union);
        var needs = new List<MyNeed>();
        foreach (var (worker, text) in workers.Zip(["希望开展劳动合同法讲座", "想听劳动合同方面的法律知识讲座", "劳动合同到期不续签怎么办，想听讲座"]))
        {
            needs.Add(await worker.Client.SubmitAsync(text));
        }
        var groupId = (await app.NeedAsync(needs[0].Id)).GroupId!.Value;
        foreach (var need in needs)
        {
            Assert.Equal(groupId, (await app.NeedAsync(need.Id)).GroupId);
        }

        using var staff = await app.As("xigu");
        var all = await (await staff.PostJsonAsync($"/api/need-groups/{groupId}/split", new { needIds = needs.Select(n => n.Id) }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("needIds", all.Errors().Keys);
        var stranger = await (await staff.PostJsonAsync($"/api/need-groups/{groupId}/split", new { needIds = new[] { 999_999 } }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("needIds", stranger.Errors().Keys);

        var created = await (await staff.PostJsonAsync($"/api/need-groups/{groupId}/split", new { needIds = new[] { needs[2].Id }, title = "合同续签" }))
            .ReadAsync<NeedGroupView>(HttpStatusCode.Created);
        Assert.Equal("合同续签", created.Title);
        Assert.True(created.TitleSetByStaff);
        Assert.Equal(created.Id, (await app.NeedAsync(needs[2].Id)).GroupId);
        Assert.Equal(groupId, (await app.NeedAsync(needs[0].Id)).GroupId);

        // Splitting off the need the group was named after renames what is left, unless staff chose the title.
        var renamed = await (await staff.PostJsonAsync($"/api/need-groups/{groupId}/split", new { needIds = new[] { needs[0].Id } }))
            .ReadAsync<NeedGroupView>(HttpStatusCode.Created);
        Assert.Equal("希望开展劳动合同法讲座", renamed.Title);
        Assert.Equal("想听劳动合同方面的法律知识讲座", (await app.DbAsync(db => db.NeedGroups.SingleAsync(g => g.Id == groupId))).Title);
        await (await staff.PostJsonAsync("/api/need-groups/999999/split", new { needIds = new[] { needs[0].Id } }))
            .ProblemAsync(HttpStatusCode.NotFound, "need_group_not_found");
        Dispose(workers);
    }

    [Fact]
    public async Task Renaming_sets_a_staff_title_and_an_empty_title_is_refused()
    {
        using var worker = await app.NewWorkerAsync(await app.FreshUnionAsync());
        var need = await worker.Client.SubmitAsync("想学茶艺", NeedCategory.CultureAndSports);
        var groupId = (await app.NeedAsync(need.Id)).GroupId!.Value;

        using var staff = await app.As("xigu");
        var blank = await (await staff.PutJsonAsync($"/api/need-groups/{groupId}/title", new { title = "  " }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("title", blank.Errors().Keys);
        var renamed = await (await staff.PutJsonAsync($"/api/need-groups/{groupId}/title", new { title = "茶艺兴趣班" })).ReadAsync<NeedGroupView>();
        Assert.Equal("茶艺兴趣班", renamed.Title);
        Assert.True((await app.DbAsync(db => db.NeedGroups.SingleAsync(g => g.Id == groupId))).TitleSetByStaff);
        await (await staff.PutJsonAsync("/api/need-groups/999999/title", new { title = "x" })).ProblemAsync(HttpStatusCode.NotFound, "need_group_not_found");
    }

    [Fact]
    public async Task Staff_of_another_county_cannot_see_or_change_a_group_and_workers_cannot_at_all()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(2, union);
        var one = await workers[0].Client.SubmitAsync("希望开展插花培训", NeedCategory.WomenWorkers);
        var two = await workers[1].Client.SubmitAsync("想学做手工皂", NeedCategory.WomenWorkers);
        var (groupOne, groupTwo) = await GroupsOf(one.Id, two.Id);

        using var other = await app.As("emeishan");
        await (await other.PutJsonAsync($"/api/need-groups/{groupOne}/title", new { title = "别人的组" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "need_group_out_of_scope");
        await (await other.PostJsonAsync("/api/need-groups/merge", new { sourceGroupIds = new[] { groupTwo }, targetGroupId = groupOne }))
            .ProblemAsync(HttpStatusCode.Forbidden, "need_group_out_of_scope");
        await (await other.PostJsonAsync($"/api/need-groups/{groupOne}/split", new { needIds = new[] { one.Id } }))
            .ProblemAsync(HttpStatusCode.Forbidden, "need_group_out_of_scope");
        await (await other.GetAsync($"/api/need-groups?union={union}")).ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        var theirs = await (await other.GetAsync("/api/need-groups?pageSize=100&sort=new")).ReadAsync<PagedList<NeedGroupView>>();
        Assert.DoesNotContain(theirs.Items, g => g.Id == groupOne || g.Id == groupTwo);
        var inbox = await (await other.GetAsync("/api/needs/manage?pageSize=100")).ReadAsync<PagedList<ManagedNeed>>();
        Assert.DoesNotContain(inbox.Items, n => n.Id == one.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await workers[0].Client.GetAsync("/api/need-groups")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await workers[0].Client.GetAsync("/api/needs/manage")).StatusCode);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/need-groups")).StatusCode);

        var groups = await app.DbAsync(db => db.NeedGroups.Where(g => g.Id == groupOne || g.Id == groupTwo).ToListAsync());
        Assert.All(groups, g => Assert.False(g.TitleSetByStaff));
        Assert.All(groups, g => Assert.Null(g.MergedIntoId));
        Dispose(workers);
    }

    [Fact]
    public async Task A_moderator_approval_publishes_and_groups_a_held_need_and_a_rejection_keeps_it_private()
    {
        var union = await app.FreshUnionAsync();
        var workers = await app.NewWorkersAsync(2, union);
        var approved = await workers[0].Client.SubmitAsync("工伤赔偿想找律师，请加我微信 abc_12345 详聊");
        var rejected = await workers[1].Client.SubmitAsync("想咨询劳动仲裁，电话 13812345678");
        Assert.Equal(ModerationStatus.Pending, approved.Moderation);

        await Decide(approved.Id, ModerationStatus.Approved);
        await Decide(rejected.Id, ModerationStatus.Rejected);

        var published = await app.NeedAsync(approved.Id);
        Assert.Equal(ModerationStatus.Approved, published.Moderation);
        Assert.Equal(NeedStatus.Grouped, published.Status);
        Assert.NotNull(published.GroupId);
        var hidden = await app.NeedAsync(rejected.Id);
        Assert.Equal(ModerationStatus.Rejected, hidden.Moderation);
        Assert.Null(hidden.GroupId);

        using var anonymous = app.Anonymous();
        var list = await (await anonymous.GetAsync($"/api/needs?union={union}")).ReadAsync<PagedList<PublicNeed>>();
        Assert.Equal([approved.Id], list.Items.Select(n => n.Id));
        var mine = await (await workers[1].Client.GetAsync("/api/me/needs")).ReadAsync<PagedList<MyNeed>>();
        Assert.Equal("未通过", Assert.Single(mine.Items).StatusName);

        using var staff = await app.As("xigu");
        var inbox = await (await staff.GetAsync($"/api/needs/manage?union={union}&moderation=Rejected")).ReadAsync<PagedList<ManagedNeed>>();
        Assert.Equal([rejected.Id], inbox.Items.Select(n => n.Id));
        Dispose(workers);
    }

    private Task Decide(int needId, ModerationStatus decision) =>
        app.AsUserAsync<IEnumerable<IModeratedContent>, bool>(null, async contents =>
        {
            await contents.Single(c => c.ContentType == NeedModeration.Type).ApplyDecisionAsync(needId, decision, CancellationToken.None);
            return true;
        });

    private async Task<(int, int)> GroupsOf(int first, int second) =>
        ((await app.NeedAsync(first)).GroupId!.Value, (await app.NeedAsync(second)).GroupId!.Value);

    private static void Dispose(IEnumerable<NeedsWorker> workers)
    {
        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    public sealed class OnSqlite(SqliteApp app) : NeedGroupTests(app);

    public sealed class OnPostgres(PostgresApp app) : NeedGroupTests(app);
}
