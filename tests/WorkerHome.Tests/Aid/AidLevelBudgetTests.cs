using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Aid;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

/// <summary>
/// A grassroots union's own yearly budget and quota: its approvals draw on it (also when six arrive at once), a later
/// level's rejection gives the amount back, and a union without a budget approves without a limit.
/// </summary>
public abstract class AidLevelBudgetTests(TestApp app)
{
    private const long Amount = 100_000;

    [Fact]
    public async Task Grassroots_approvals_draw_on_the_grassroots_budget_and_a_county_rejection_gives_it_back()
    {
        var jiuli = await app.UnionIdAsync("九里镇总工会");
        using var emeishan = await app.As("emeishan");
        await SetAsync(emeishan, jiuli, 3 * Amount, 2);
        var ids = await ApplyAsync(jiuli, 3);

        await emeishan.ApproveAsync(ids[0], AidLevel.Grassroots, Amount);
        await emeishan.ApproveAsync(ids[1], AidLevel.Grassroots, Amount);
        await (await Approve(emeishan, ids[2])).ProblemAsync(HttpStatusCode.Conflict, "quota_exhausted");
        Assert.Equal((2 * Amount, 2), await UsedAsync(jiuli));
        Assert.Equal(AidLevel.Grassroots, await app.DbAsync(db => db.AidApplications.Where(a => a.Id == ids[2]).Select(a => a.Level).SingleAsync()));

        // The county says no to the first: its place and money go back to 九里镇, and the third can pass.
        Assert.Equal(HttpStatusCode.OK, (await emeishan.PostJsonAsync($"/api/console/aid/applications/{ids[0]}/reject",
            new AidRejectInput { Level = AidLevel.County, Reason = "家庭收入超过标准" })).StatusCode);
        Assert.Equal((Amount, 1), await UsedAsync(jiuli));
        await emeishan.ApproveAsync(ids[2], AidLevel.Grassroots, Amount);
        Assert.Equal((2 * Amount, 2), await UsedAsync(jiuli));

        // The county (no budget of its own) approves without a limit and its step records no budget.
        var county = await emeishan.ApproveAsync(ids[1], AidLevel.County, Amount);
        Assert.Equal(AidLevel.City, county.Item.Level);
        Assert.Null(await app.DbAsync(db => db.AidSteps.Where(s => s.ApplicationId == ids[1] && s.Level == AidLevel.County).Select(s => s.BudgetYear).SingleAsync()));
    }

    [Fact]
    public async Task Six_grassroots_approvals_at_once_against_a_quota_of_two_let_two_through()
    {
        var shuangfu = await app.UnionIdAsync("双福镇总工会");
        using var emeishan = await app.As("emeishan");
        await SetAsync(emeishan, shuangfu, 100 * Amount, 2);
        var ids = await ApplyAsync(shuangfu, 6);
        var responses = await Task.WhenAll(ids.Select(id => Task.Run(() => Approve(emeishan, id))));
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "quota_exhausted");
        }
        Assert.Equal((2 * Amount, 2), await UsedAsync(shuangfu));
        Assert.Equal(2, await app.DbAsync(db => db.AidApplications.CountAsync(a => ids.Contains(a.Id) && a.Level == AidLevel.County)));
    }

    private static Task<HttpResponseMessage> Approve(HttpClient staff, int id) =>
        staff.PostJsonAsync($"/api/console/aid/applications/{id}/approve", new AidApproveInput { Level = AidLevel.Grassroots, AmountFen = Amount, Opinion = "情况属实" });

    private static async Task SetAsync(HttpClient staff, int unionId, long budgetFen, int quota) =>
        await (await staff.PutJsonAsync("/api/console/aid/budgets", new AidBudgetInput { UnionId = unionId, Year = 2026, BudgetFen = budgetFen, QuotaCount = quota }))
            .ReadAsync<List<AidBudgetView>>();

    private async Task<List<int>> ApplyAsync(int unionId, int count)
    {
        var ids = new List<int>();
        foreach (var worker in await app.CreateAsync(count, "aidlvl"))
        {
            ids.Add((await app.ApplyAsync(worker, AidTestData.Request(unionId, requestedFen: Amount))).Id);
        }
        return ids;
    }

    private Task<(long, int)> UsedAsync(int unionId) =>
        app.DbAsync(db => db.AidBudgets.Where(b => b.UnionId == unionId && b.Year == 2026).Select(b => new ValueTuple<long, int>(b.UsedFen, b.UsedCount)).SingleAsync());

    public sealed class OnSqlite(SqliteApp app) : AidLevelBudgetTests(app);

    public sealed class OnPostgres(PostgresApp app) : AidLevelBudgetTests(app);
}
