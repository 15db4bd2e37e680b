using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Aid;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Aid;

/// <summary>
/// 20 final (city) approvals at once against a budget that fits only 5, then a quota that fits only 2: the conditional
/// statement lets exactly that many through. Runs on its own host, since it moves the city's budget.
/// </summary>
public abstract class AidBudgetRaceTests(TestApp app)
{
    private const long Amount = 100_000;

    [Fact]
    public async Task Concurrent_final_approvals_never_exceed_the_budget_or_the_quota()
    {
        var ids = await app.AtCityAsync(20, Amount);
        var (budgetId, usedFen, usedCount) = await BudgetAsync(app);
        await SetAsync(app, usedFen + 5 * Amount, usedCount + 100);
        var responses = await RushAsync(app, ids);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "budget_exhausted");
        }
        var after = await app.DbAsync(db => db.AidBudgets.AsNoTracking().SingleAsync(b => b.Id == budgetId));
        Assert.Equal(after.BudgetFen, after.UsedFen);
        Assert.Equal(usedCount + 5, after.UsedCount);
        Assert.Equal(5, await app.DbAsync(db => db.AidApplications.CountAsync(a => ids.Contains(a.Id) && a.Status == AidStatus.OnNotice)));

        // The quota: room for 2 people, money for all.
        var more = await app.AtCityAsync(6, Amount);
        await SetAsync(app, after.UsedFen + 100 * Amount, after.UsedCount + 2);
        var quota = await RushAsync(app, more);
        Assert.Equal(2, quota.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in quota.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "quota_exhausted");
        }
        Assert.Equal(after.UsedCount + 2, await app.DbAsync(db => db.AidBudgets.Where(b => b.Id == budgetId).Select(b => b.UsedCount).SingleAsync()));
    }

    internal static async Task<(int Id, long UsedFen, int UsedCount)> BudgetAsync(TestApp app)
    {
        var leshan = await app.UnionIdAsync("乐山市总工会");
        var b = await app.DbAsync(db => db.AidBudgets.AsNoTracking().SingleAsync(x => x.UnionId == leshan && x.Year == 2026));
        return (b.Id, b.UsedFen, b.UsedCount);
    }

    internal static async Task SetAsync(TestApp app, long budgetFen, int quota)
    {
        using var leshan = await app.As("leshan");
        await (await leshan.PutJsonAsync("/api/console/aid/budgets", new AidBudgetInput
        {
            UnionId = await app.UnionIdAsync("乐山市总工会"), Year = 2026, BudgetFen = budgetFen, QuotaCount = quota,
        })).ReadAsync<List<AidBudgetView>>();
    }

    internal static async Task<HttpResponseMessage[]> RushAsync(TestApp app, IReadOnlyList<int> ids)
    {
        var clients = await Task.WhenAll(ids.Select(_ => app.As("leshan")));
        var responses = await Task.WhenAll(ids.Select((id, i) => Task.Run(() => clients[i].PostJsonAsync($"/api/console/aid/applications/{id}/approve",
            new AidApproveInput { Level = AidLevel.City, AmountFen = Amount, Opinion = "同意" }))));
        foreach (var c in clients)
        {
            c.Dispose();
        }
        return responses;
    }

    public sealed class OnSqlite(AidSqliteApp app) : AidBudgetRaceTests(app), IClassFixture<AidSqliteApp>;

    public sealed class OnPostgres(AidPostgresApp app) : AidBudgetRaceTests(app), IClassFixture<AidPostgresApp>;
}

/// <summary>A host of its own (the race moves the city's budget).</summary>
public sealed class AidSqliteApp : SqliteApp;

/// <summary>A host of its own on PostgreSQL.</summary>
public sealed class AidPostgresApp : PostgresApp;

/// <summary>
/// The control: with the budget guard switched off (read, check, wait, write back) the same rush must approve more
/// than the budget holds in some round. If this ever finds nothing wrong, the race test proves nothing.
/// </summary>
public abstract class AidBudgetGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_concurrent_final_approvals_oversell_the_budget_in_some_round()
    {
        var caught = false;
        for (var round = 0; round < 5 && !caught; round++)
        {
            var ids = await app.AtCityAsync(20, 100_000);
            var (budgetId, usedFen, usedCount) = await AidBudgetRaceTests.BudgetAsync(app);
            await AidBudgetRaceTests.SetAsync(app, usedFen + 5 * 100_000, usedCount + 100);
            var responses = await AidBudgetRaceTests.RushAsync(app, ids);
            var approved = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
            var after = await app.DbAsync(db => db.AidBudgets.AsNoTracking().SingleAsync(b => b.Id == budgetId));
            caught = approved > 5 || after.UsedCount != usedCount + approved;
        }
        Assert.True(caught, "The unguarded budget never oversold: the race test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<AidBudgetGuard, AidOptions>((services, _, _) => services.AddAidFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<AidBudgetGuard> app) : AidBudgetGuardControlTests(app), IClassFixture<UnguardedSqliteApp<AidBudgetGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<AidBudgetGuard> app) : AidBudgetGuardControlTests(app), IClassFixture<UnguardedPostgresApp<AidBudgetGuard>>;
}

/// <summary>The setting that removes the budget guard.</summary>
public sealed class AidBudgetGuard : IGuardSwitch
{
    public static string Key => "Aid:UnguardedForTests";
}
