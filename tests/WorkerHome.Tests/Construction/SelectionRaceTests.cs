using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Construction;

/// <summary>What a selection race left behind: the plan, and what the selected projects were granted.</summary>
public sealed record RaceResult(int Wins, int Refusals, long BudgetFen, long CommittedFen, long GrantedFen);

public static class SelectionRace
{
    /// <summary>Six reviewed projects of 30 000 元 each race for a 100 000 元 budget: three fit.</summary>
    public static async Task<RaceResult> RunAsync(TestApp app)
    {
        using var scene = await app.SceneAsync(budgetFen: 100_000_00);
        var projects = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            projects.Add((await app.ReviewedAsync(scene, score: 60 + i)).Id);
        }
        var responses = await Task.WhenAll(projects.Select(id => Task.Run(() => scene.Reviewer.PostAsync($"/api/projects/{id}/select", null))));
        var plan = await app.DbAsync(db => db.ConstructionPlans.AsNoTracking().SingleAsync(p => p.Id == scene.PlanId));
        var granted = await app.DbAsync(db => db.ConstructionProjects.Where(p => projects.Contains(p.Id) && p.Stage == ProjectStage.Selected)
            .SumAsync(p => p.ApprovedSubsidyFen ?? 0));
        return new RaceResult(responses.Count(r => r.StatusCode == HttpStatusCode.OK), responses.Count(r => r.StatusCode == HttpStatusCode.Conflict),
            plan.BudgetFen, plan.CommittedFen, granted);
    }
}

public abstract class SelectionRaceTests(TestApp app)
{
    [Fact]
    public async Task Concurrent_selections_never_pass_the_budget_and_exactly_the_fitting_ones_win()
    {
        var race = await SelectionRace.RunAsync(app);
        Assert.Equal(3, race.Wins);
        Assert.Equal(3, race.Refusals);
        Assert.Equal(race.GrantedFen, race.CommittedFen);
        Assert.True(race.CommittedFen <= race.BudgetFen);
        Assert.Equal(90_000_00, race.CommittedFen);
    }

    public sealed class OnSqlite(SqliteApp app) : SelectionRaceTests(app);

    public sealed class OnPostgres(PostgresApp app) : SelectionRaceTests(app);
}

/// <summary>
/// The control for the selection race: with the budget guard switched off (read the committed sum, write it back)
/// the same race must overspend or lose a grant in some round, and the race test's checks must say so.
/// </summary>
public abstract class SelectionGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_selections_overspend_the_budget_in_some_round()
    {
        var caught = false;
        for (var round = 0; round < 5 && !caught; round++)
        {
            var race = await SelectionRace.RunAsync(app);
            caught = race.GrantedFen > race.BudgetFen || race.GrantedFen != race.CommittedFen || race.Wins != 3;
        }
        Assert.True(caught, "The unguarded selection never overspent: the race test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<SelectionBudgetGuard, ConstructionOptions>((services, _, _) => services.AddConstructionFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<SelectionBudgetGuard> app) : SelectionGuardControlTests(app), IClassFixture<UnguardedSqliteApp<SelectionBudgetGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<SelectionBudgetGuard> app) : SelectionGuardControlTests(app), IClassFixture<UnguardedPostgresApp<SelectionBudgetGuard>>;
}

/// <summary>The setting that removes the budget guard of selection.</summary>
public sealed class SelectionBudgetGuard : IGuardSwitch
{
    public static string Key => "Construction:UnguardedForTests";
}
