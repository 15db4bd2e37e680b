using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

/// <summary>
/// An upgrade keeps what was saved: a database made by the previous schema (every migration but the last), holding
/// a union, a worker, a menu with a session, a check-in and a need, is migrated to the current schema; every row is
/// still there, and the startup step fills the new statistics counters from them. The rows are written with the
/// current model into tables the last migration did not change; when a migration changes one of them, write that
/// table's rows here with the columns of before.
/// </summary>
public sealed class MigrationUpgradeTests
{
    [Fact]
    public async Task A_SQLite_database_of_the_previous_schema_upgrades_without_losing_rows()
    {
        var file = Path.Combine(Path.GetTempPath(), "workerhome-upgrade-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await UpgradeAsync(() => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=" + file).Options));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_database_of_the_previous_schema_upgrades_without_losing_rows()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresApp.Variable);
        Assert.SkipWhen(string.IsNullOrEmpty(admin), $"PostgreSQL is not configured: set {PostgresApp.Variable} (./test.sh does).");
        var database = "wh_upgrade_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        await UpgradeAsync(() => new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options));
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task UpgradeAsync(Func<AppDbContext> open)
    {
        var ct = TestContext.Current.CancellationToken;
        string last;
        await using (var db = open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count >= 2);
            last = migrations[^1];
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], ct);
            Assert.Equal([last], await db.Database.GetPendingMigrationsAsync(ct));
        }

        int session;
        Guid worker;
        await using (var db = open())
        {
            var union = new Union { Name = "升级测试工会", Level = UnionLevel.County, CreatedAt = TestApp.Now };
            db.Unions.Add(union);
            await db.SaveChangesAsync(ct);
            union.PlaceUnder(null);
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = "upgrade01", NormalizedUserName = "UPGRADE01", DisplayName = "升级测试职工",
                SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = TestApp.Now,
            };
            db.Users.Add(user);
            var menu = new ServiceMenu { UnionId = union.Id, Title = "升级测试菜单", PeriodStart = new(2026, 11, 1), PeriodEnd = new(2026, 12, 31), Status = MenuStatus.Published,
                PublishedAt = TestApp.Now, CreatedAt = TestApp.Now };
            db.Menus.Add(menu);
            await db.SaveChangesAsync(ct);
            var item = new MenuItem { MenuId = menu.Id, UnionId = union.Id, Title = "升级测试课程", CreatedAt = TestApp.Now };
            db.MenuItems.Add(item);
            await db.SaveChangesAsync(ct);
            // The last migration added a column to Sessions: this row has the columns of before (2 seats taken).
            var startsAt = TestApp.Now.AddDays(-3);
            object Instant(DateTimeOffset at) => db.IsPostgres() ? at : new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;
            var s = (await db.Database.SqlQueryRaw<int>("""
                INSERT INTO "Sessions" ("MenuItemId", "UnionId", "StartsAt", "EndsAt", "OnlineUrl", "Capacity", "Confirmed", "WaitlistTickets", "Status",
                    "Version", "CreatedAt")
                VALUES ({0}, {1}, {2}, {3}, 'https://meeting.example/upgrade', 20, 2, 0, 1, 1, {4}) RETURNING "Id" AS "Value"
                """, item.Id, union.Id, Instant(startsAt), Instant(startsAt.AddHours(1)), Instant(TestApp.Now)).ToListAsync(ct)).Single();
            db.CheckIns.Add(new CheckIn { SessionId = s, UserId = user.Id, IsWalkIn = true, Method = CheckInMethod.ByHand, CheckedInAt = startsAt });
            db.Needs.Add(new Need { UserId = user.Id, UnionId = union.Id, Text = "升级前提出的需求", CreatedAt = TestApp.Now.AddDays(-5) });
            await db.SaveChangesAsync(ct);
            (session, worker) = (s, user.Id);
        }

        await using (var db = open())
        {
            await db.Database.MigrateAsync(ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
            Assert.Equal(1, await db.Unions.CountAsync(u => u.Name == "升级测试工会", ct));
            Assert.Equal(1, await db.Users.CountAsync(u => u.Id == worker, ct));
            Assert.Equal(1, await db.Sessions.CountAsync(s => s.Id == session, ct));
            Assert.Equal(1, await db.CheckIns.CountAsync(c => c.SessionId == session && c.UserId == worker, ct));
            Assert.Equal(1, await db.Needs.CountAsync(n => n.UserId == worker, ct));

            // The startup step after an upgrade: the counters the new schema adds are filled from the rows of before.
            Assert.True(await new RebuildStatistics(db).EnsureBuiltAsync(ct));
            Assert.Equal(1, await db.SessionTallies.Where(t => t.SessionId == session).Select(t => t.CheckIns).SingleAsync(ct));
            Assert.Equal(1, await db.NeedTallies.SumAsync(t => t.Needs, ct));
            Assert.True(await db.VisitorMonths.AnyAsync(v => v.UserId == worker, ct));
            Assert.False(await new RebuildStatistics(db).EnsureBuiltAsync(ct));

            // Sessions of before are not sealed: the dashboard reads their seats from them until the sealing pass runs.
            var upgraded = await db.Sessions.AsNoTracking().SingleAsync(x => x.Id == session, ct);
            Assert.Equal((2, null), (upgraded.Confirmed, upgraded.SeatsSealedAt));
        }
    }
}
