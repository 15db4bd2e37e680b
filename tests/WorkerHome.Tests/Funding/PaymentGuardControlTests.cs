using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
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
    {
        foreach (var name in new[] { Environments.Production, Environments.Development, Environments.Staging })
        {
            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                    .AddInMemoryCollection(new Dictionary<string, string?> { ["Funding:UnguardedForTests"] = "true" }).Build())
                .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = name });
            services.AddFundingFeature();
            using var provider = services.BuildServiceProvider();
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FundingOptions>>().Value);
            Assert.Contains("UnguardedForTests", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class OnSqlite(UnguardedFundingSqliteApp app) : PaymentGuardControlTests(app), IClassFixture<UnguardedFundingSqliteApp>;

    public sealed class OnPostgres(UnguardedFundingPostgresApp app) : PaymentGuardControlTests(app), IClassFixture<UnguardedFundingPostgresApp>;
}

public sealed class UnguardedFundingSqliteApp : SqliteApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Funding:UnguardedForTests"] = "true";
    }
}

public sealed class UnguardedFundingPostgresApp : PostgresApp
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        base.AddSettings(settings);
        settings["Funding:UnguardedForTests"] = "true";
    }
}
