using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkerHome.Data;
using WorkerHome.Data.Seed;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

public abstract class SeedingTests(TestApp app)
{
    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        app.SkipIfUnavailable();
        // Other tests add records meanwhile; count what the seeder owns.
        var demoSites = DemoSites.All.Select(d => d.Name).ToList();
        var demoUsers = DemoData.Accounts.Select(a => a.UserName).Concat(Enumerable.Range(1, 20).Select(i => $"worker{i:00}")).ToList();
        async Task<(int, int, int, int)> Counts() => await app.DbAsync(async db => (
            await db.Unions.CountAsync(u => !u.Name.StartsWith("测试")), await db.Users.CountAsync(u => demoUsers.Contains(u.UserName!)),
            await db.Sites.CountAsync(s => demoSites.Contains(s.Name)), await db.Regions.CountAsync()));
        var before = await Counts();
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await ReferenceData.SeedAsync(db, app.Clock.GetUtcNow(), default);
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(default);
        }
        var after = await Counts();
        Assert.Equal(before.Item1, after.Item1);
        Assert.Equal(before.Item2, after.Item2);
        Assert.Equal(before.Item4, after.Item4);
        Assert.Equal(DemoSites.All.Count, after.Item3);
    }

    [Fact]
    public async Task The_demo_network_has_the_seeded_sites_and_accounts()
    {
        var names = await app.DbAsync(db => db.Sites.Select(s => s.Name).ToListAsync());
        Assert.All(DemoSites.All, d => Assert.Contains(d.Name, names));
        var accounts = await app.DbAsync(db => db.Users.Select(u => u.UserName!).ToListAsync());
        Assert.All(new[] { "admin", "leshan", "emeishan", "jingyan", "xigu", "volunteer.legal", "worker01", "worker20" }, a => Assert.Contains(a, accounts));
    }

    [Fact]
    public async Task No_seeded_phone_number_is_stored_in_clear()
    {
        var rows = await app.DbAsync(db => db.Users.Select(u => new { u.PhoneNumber, u.PhoneCipher, u.PhoneLookup, u.PhoneMasked, u.UserName }).ToListAsync());
        var seededPhones = Enumerable.Range(1, 20).Select(i => $"199000000{i:00}").Concat(["13908330001", "13909310001"]).ToList();
        Assert.All(rows, r =>
        {
            Assert.Null(r.PhoneNumber);
            Assert.DoesNotContain(seededPhones, p => (r.PhoneCipher ?? "").Contains(p, StringComparison.Ordinal)
                || (r.PhoneLookup ?? "").Contains(p, StringComparison.Ordinal) || (r.PhoneMasked ?? "").Contains(p, StringComparison.Ordinal)
                || (r.UserName ?? "").Contains(p, StringComparison.Ordinal));
        });
    }

    public sealed class OnSqlite(SqliteApp app) : SeedingTests(app);

    public sealed class OnPostgres(PostgresApp app) : SeedingTests(app);
}
