using System.Net;
using WorkerHome.Features.RightsCases;
using WorkerHome.Testing;

namespace WorkerHome.Tests.RightsCases;

/// <summary>
/// The control for the concurrent-submission test: with the numbering guard switched off (read the year's highest
/// serial and add one, outside a transaction) the same rush must fail to give twenty distinct numbers in some round,
/// and the real test's checks must see it. If this ever finds nothing, the real test proves nothing.
/// </summary>
public abstract class CaseNumberGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_racing_submissions_do_not_all_get_distinct_numbers_in_some_round()
    {
        var caught = false;
        var scene = await app.RightsSceneAsync(20);
        for (var round = 0; round < 10 && !caught; round++)
        {
            var clients = scene.Workers.Select(app.Bearer).ToList();
            var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync("/api/rights/cases", RightsSceneData.Input(scene.Jingyan)))));
            clients.ForEach(c => c.Dispose());
            var numbers = new List<string>();
            foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
            {
                numbers.Add((await response.ReadAsync<RightsCaseDetail>(HttpStatusCode.Created)).Case.Number);
            }
            caught = numbers.Count != 20 || numbers.Distinct().Count() != 20;
        }
        Assert.True(caught, "The unguarded numbering never clashed: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<CaseNumberGuard, RightsCasesOptions>((services, _, _) => services.AddRightsCasesFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<CaseNumberGuard> app) : CaseNumberGuardControlTests(app), IClassFixture<UnguardedSqliteApp<CaseNumberGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<CaseNumberGuard> app) : CaseNumberGuardControlTests(app), IClassFixture<UnguardedPostgresApp<CaseNumberGuard>>;
}

/// <summary>The setting that removes the case-number guard.</summary>
public sealed class CaseNumberGuard : IGuardSwitch
{
    public static string Key => "RightsCases:UnguardedForTests";
}
