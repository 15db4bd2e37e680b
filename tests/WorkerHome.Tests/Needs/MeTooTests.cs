using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Needs;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

public abstract class MeTooTests(TestApp app)
{
    [Fact]
    public async Task A_first_me_too_is_a_201_and_a_repeat_a_200_with_the_same_count()
    {
        var union = await app.FreshUnionAsync();
        using var author = await app.NewWorkerAsync(union);
        using var other = await app.NewWorkerAsync(union);
        var need = await author.Client.SubmitAsync("孩子暑假没人带，希望有托管班", NeedCategory.ChildCare);

        var first = await (await other.Client.PostAsync($"/api/needs/{need.Id}/me-too", null)).ReadAsync<MeTooResult>(HttpStatusCode.Created);
        Assert.Equal(new MeTooResult(need.Id, 1, true), first);
        var again = await (await other.Client.PostAsync($"/api/needs/{need.Id}/me-too", null)).ReadAsync<MeTooResult>(HttpStatusCode.OK);
        Assert.Equal(new MeTooResult(need.Id, 1, false), again);
        Assert.Equal(1, (await app.NeedAsync(need.Id)).MeTooCount);
        Assert.Equal(1, await app.DbAsync(db => db.NeedMeToos.CountAsync(m => m.NeedId == need.Id)));
    }

    [Fact]
    public async Task Nobody_says_me_too_to_their_own_need()
    {
        using var author = await app.NewWorkerAsync(await app.FreshUnionAsync());
        var need = await author.Client.SubmitAsync("想学柑橘种植技术", NeedCategory.SkillsTraining);
        await (await author.Client.PostAsync($"/api/needs/{need.Id}/me-too", null)).ProblemAsync(HttpStatusCode.Conflict, "me_too_own_need");
        Assert.Equal(0, (await app.NeedAsync(need.Id)).MeTooCount);
    }

    [Fact]
    public async Task A_need_still_in_review_or_missing_is_not_found()
    {
        var union = await app.FreshUnionAsync();
        using var author = await app.NewWorkerAsync(union);
        using var other = await app.NewWorkerAsync(union);
        var held = await author.Client.SubmitAsync("工资被拖欠，联系我 13812345678");
        Assert.Equal(WorkerHome.Features.Moderation.ModerationStatus.Pending, held.Moderation);
        await (await other.Client.PostAsync($"/api/needs/{held.Id}/me-too", null)).ProblemAsync(HttpStatusCode.NotFound, "need_not_found");
        await (await other.Client.PostAsync("/api/needs/999999/me-too", null)).ProblemAsync(HttpStatusCode.NotFound, "need_not_found");
        Assert.False(await app.DbAsync(db => db.NeedMeToos.AnyAsync(m => m.NeedId == held.Id)));
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_say_me_too()
    {
        using var author = await app.NewWorkerAsync(await app.FreshUnionAsync());
        var need = await author.Client.SubmitAsync("想学书法", NeedCategory.CultureAndSports);
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsync($"/api/needs/{need.Id}/me-too", null)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Fifty_simultaneous_me_toos_by_twenty_five_workers_count_twenty_five()
    {
        var union = await app.FreshUnionAsync();
        using var author = await app.NewWorkerAsync(union);
        var need = await author.Client.SubmitAsync("希望开展劳动合同法讲座");
        var workers = await app.NewWorkersAsync(25, union);
        try
        {
            var statuses = await Task.WhenAll(workers.Concat(workers).Select(async w =>
                (await w.Client.PostAsync($"/api/needs/{need.Id}/me-too", null)).StatusCode));

            Assert.Equal(25, statuses.Count(s => s == HttpStatusCode.Created));
            Assert.Equal(25, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.Equal(25, (await app.NeedAsync(need.Id)).MeTooCount);
            Assert.Equal(25, await app.DbAsync(db => db.NeedMeToos.CountAsync(m => m.NeedId == need.Id)));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    public sealed class OnSqlite(SqliteApp app) : MeTooTests(app);

    public sealed class OnPostgres(PostgresApp app) : MeTooTests(app);
}
