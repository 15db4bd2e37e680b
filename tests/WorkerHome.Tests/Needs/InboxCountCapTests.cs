using System.Net;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Needs;

/// <summary>A host whose needs inbox stops counting 5 rows past the page (<c>Needs:InboxCountCap=5</c>), on SQLite.</summary>
public sealed class SmallInboxCapSqliteApp : SqliteApp
{
    protected override void AddSettings(Dictionary<string, string?> settings) => InboxCountCapTests.SmallCap(settings, base.AddSettings);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class SmallInboxCapPostgresApp : PostgresApp
{
    protected override void AddSettings(Dictionary<string, string?> settings) => InboxCountCapTests.SmallCap(settings, base.AddSettings);
}

/// <summary>
/// The inbox pager's capped count: past the cap the total is a lower bound with <c>totalIsLowerBound</c>, at or under it
/// the total is exact, every page can still be reached in order, and the scope still holds.
/// </summary>
public abstract class InboxCountCapTests(TestApp app)
{
    internal static void SmallCap(Dictionary<string, string?> settings, Action<Dictionary<string, string?>> baseSettings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        baseSettings(settings);
        settings["Needs:InboxCountCap"] = "5";
    }

    [Fact]
    public async Task Past_the_cap_the_total_is_a_lower_bound_and_every_page_is_still_reached_newest_first()
    {
        var (union, ids) = await SevenNeedsAsync();
        using var staff = await app.As("xigu");

        var first = await (await staff.GetAsync($"/api/needs/manage?union={union}&pageSize=2")).ReadAsync<CappedPagedList<ManagedNeed>>();
        Assert.Equal(5, first.Total);
        Assert.True(first.TotalIsLowerBound);
        Assert.Equal(ids.Take(2), first.Items.Select(n => n.Id));

        // From page 2 the pager counts 5 past the rows before the page (2 + 5 = 7): all seven, exactly.
        var seen = new List<int>(first.Items.Select(n => n.Id));
        for (var page = 2; page <= 4; page++)
        {
            var next = await (await staff.GetAsync($"/api/needs/manage?union={union}&pageSize=2&page={page}")).ReadAsync<CappedPagedList<ManagedNeed>>();
            Assert.Equal(7, next.Total);
            Assert.False(next.TotalIsLowerBound);
            seen.AddRange(next.Items.Select(n => n.Id));
        }
        Assert.Equal(ids, seen);
    }

    [Fact]
    public async Task At_the_cap_the_total_is_exact()
    {
        var (union, _) = await SevenNeedsAsync();
        using var staff = await app.As("xigu");
        var rejected = await (await staff.GetAsync($"/api/needs/manage?union={union}&moderation=Rejected&pageSize=2")).ReadAsync<CappedPagedList<ManagedNeed>>();
        Assert.Equal(5, rejected.Total);
        Assert.False(rejected.TotalIsLowerBound);
        var approved = await (await staff.GetAsync($"/api/needs/manage?union={union}&moderation=Approved")).ReadAsync<CappedPagedList<ManagedNeed>>();
        Assert.Equal(2, approved.Total);
        Assert.False(approved.TotalIsLowerBound);
    }

    [Fact]
    public async Task Staff_of_another_county_see_none_of_them_and_cannot_name_the_union()
    {
        var (union, ids) = await SevenNeedsAsync();
        using var other = await app.As("emeishan");
        await (await other.GetAsync($"/api/needs/manage?union={union}")).ProblemAsync(HttpStatusCode.Forbidden, "union_out_of_scope");
        var theirs = await (await other.GetAsync("/api/needs/manage?pageSize=100")).ReadAsync<CappedPagedList<ManagedNeed>>();
        Assert.DoesNotContain(theirs.Items, n => ids.Contains(n.Id));
    }

    /// <summary>Seven needs of a fresh union under 西固区, newest first: the first two approved, the other five rejected.</summary>
    private async Task<(int Union, List<int> Ids)> SevenNeedsAsync()
    {
        var union = await app.FreshUnionAsync();
        using var worker = await app.NewWorkerAsync(union);
        var now = app.Clock.GetUtcNow();
        var needs = Enumerable.Range(0, 7).Select(i => new Need
        {
            UserId = worker.Id,
            UnionId = union,
            Category = NeedCategory.LegalAid,
            Text = "分页测试需求 " + i,
            PreferredTimes = PreferredTimes.Weekend,
            Channel = DeliveryChannel.Offline,
            Moderation = i < 2 ? ModerationStatus.Approved : ModerationStatus.Rejected,
            CreatedAt = now.AddMinutes(-i),
        }).ToList();
        await app.DbAsync(async db =>
        {
            db.Needs.AddRange(needs);
            await db.SaveChangesAsync();
        });
        return (union, needs.Select(n => n.Id).ToList());
    }

    public sealed class OnSqlite(SmallInboxCapSqliteApp app) : InboxCountCapTests(app), IClassFixture<SmallInboxCapSqliteApp>;

    public sealed class OnPostgres(SmallInboxCapPostgresApp app) : InboxCountCapTests(app), IClassFixture<SmallInboxCapPostgresApp>;
}
