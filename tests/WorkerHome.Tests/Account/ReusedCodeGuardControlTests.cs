using System.Net;
using System.Net.Http.Json;
using WorkerHome.Features.Account;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Account;

/// <summary>
/// The control for the concurrent reused-code test (<see cref="TwoFactorTests"/>): with the reused-code guard switched
/// off (Identity's check only, no record of the codes used) the same four concurrent sign-ins with one fresh code must
/// get more than one token, so the real test's "exactly one" would fail. If this ever sees one token, the real test
/// proves nothing.
/// </summary>
public abstract class ReusedCodeGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_more_than_one_of_four_concurrent_sign_ins_with_the_same_code_gets_a_token()
    {
        var (_, name) = await TwoFactorTests.NewStaffAsync(app, "峨眉山市总工会");
        var key = await TwoFactorTests.EnrolAsync(app, name);
        var code = TwoFactorTests.Code(key, 1);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = app.Anonymous();
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = TwoFactorTests.Password, code });
            return response.StatusCode;
        })));
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) > 1,
            $"The unguarded sign-in let only one use of the code through ({string.Join(", ", statuses)}): the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<ReusedCodeGuard, SecondFactorOptions>((services, _, _) => services.AddAccountFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<ReusedCodeGuard> app) : ReusedCodeGuardControlTests(app), IClassFixture<UnguardedSqliteApp<ReusedCodeGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<ReusedCodeGuard> app) : ReusedCodeGuardControlTests(app), IClassFixture<UnguardedPostgresApp<ReusedCodeGuard>>;
}

/// <summary>The setting that removes the reused-code guard of two-factor sign-in.</summary>
public sealed class ReusedCodeGuard : IGuardSwitch
{
    public static string Key => "SecondFactor:UnguardedForTests";
}
