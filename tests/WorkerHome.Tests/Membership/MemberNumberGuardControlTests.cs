using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Membership;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Membership;

/// <summary>
/// The control for the concurrent-approvals test: with the member number guard switched off (read the last serial,
/// wait, write it back) the same rush of approvals must fail to give every member its own number in some round. If this
/// ever finds nothing wrong, the real test proves nothing.
/// </summary>
public abstract class MemberNumberGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_concurrent_approvals_collide_on_member_numbers_in_some_round()
    {
        var caught = false;
        var suishan = await app.UnionIdAsync(MembershipTestData.Suishan);
        for (var round = 0; round < 5 && !caught; round++)
        {
            var workers = await app.CreateAsync(20, "mc");
            var applications = new List<MyApplication>();
            foreach (var worker in workers)
            {
                applications.Add(await app.ApplyAsync(worker, MembershipTestData.Gig(suishan)));
            }
            var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.As("emeishan")));
            var responses = await Task.WhenAll(applications.Select((x, i) => Task.Run(() => clients[i].PostAsync($"/api/console/membership/applications/{x.Id}/approve", null))));
            foreach (var c in clients)
            {
                c.Dispose();
            }
            var ids = workers.Select(w => w.Id).ToList();
            var numbers = await app.DbAsync(db => db.Members.Where(m => ids.Contains(m.UserId)).Select(m => m.MemberNumber).ToListAsync());
            caught = responses.Any(r => r.StatusCode != HttpStatusCode.OK) || numbers.Count != 20 || numbers.Distinct().Count() != 20;
        }
        Assert.True(caught, "The unguarded numbering never collided: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<MemberNumberGuard, MembershipOptions>((services, _, _) => services.AddMembershipFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<MemberNumberGuard> app) : MemberNumberGuardControlTests(app), IClassFixture<UnguardedSqliteApp<MemberNumberGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<MemberNumberGuard> app) : MemberNumberGuardControlTests(app), IClassFixture<UnguardedPostgresApp<MemberNumberGuard>>;
}

/// <summary>The setting that removes the member number guard.</summary>
public sealed class MemberNumberGuard : IGuardSwitch
{
    public static string Key => "Membership:UnguardedForTests";
}
