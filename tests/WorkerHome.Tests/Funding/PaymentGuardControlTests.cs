using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Funding;

/// <summary>
/// The control for the concurrent-payment test: against a host whose payment guard is switched off (read the paid
/// amount, check it in memory, write the sum back) the same rush must end with more paid out than approved, and the
/// checks the real test makes must see it. If this ever finds no overpayment, the real test proves nothing.
/// </summary>
public abstract class PaymentGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_concurrent_payments_pay_out_more_than_the_approval_in_some_round()
    {
        var caught = false;
        for (var round = 0; round < 10 && !caught; round++)
        {
            var scene = await app.FundingSceneAsync();
            var project = await app.ProjectAsync(scene.TownshipId, scene.CountyId, scene.CountyId, ProjectStage.Selected);
            var line = await app.LineAsync(project, FundingSource.Subsidy, scene.CountyId, 100_000);
            var done = await app.MilestoneAsync(project, done: true);
            var clients = Enumerable.Range(0, 24).Select(_ => app.Bearer(scene.CountyStaff)).ToList();
            var input = new PaymentInput { MilestoneId = done, AmountFen = 7_000, PaidOn = new DateOnly(2026, 12, 1) };
            var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync($"/api/funding-lines/{line}/payments", input))));
            clients.ForEach(c => c.Dispose());

            // The real test's checks: the line's paid amount equals the payments made, which stay within the approval.
            var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
            var row = await app.LineRowAsync(line);
            var payments = await app.DbAsync(db => db.FundingPayments.Where(p => p.LineId == line).SumAsync(p => p.AmountFen));
            caught = row.PaidFen != created * 7_000L || payments != row.PaidFen || payments > row.AmountFen
                || responses.Any(r => (int)r.StatusCode >= 500);
        }
        Assert.True(caught, "The unguarded payment never overpaid: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<PaymentGuard, FundingOptions>((services, _, _) => services.AddFundingFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<PaymentGuard> app) : PaymentGuardControlTests(app), IClassFixture<UnguardedSqliteApp<PaymentGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<PaymentGuard> app) : PaymentGuardControlTests(app), IClassFixture<UnguardedPostgresApp<PaymentGuard>>;
}

/// <summary>The setting that removes the payment guard.</summary>
public sealed class PaymentGuard : IGuardSwitch
{
    public static string Key => "Funding:UnguardedForTests";
}
