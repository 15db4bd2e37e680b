using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

/// <summary>
/// The SQLite backup in docs/deploy.md, done for real: scripts/backup-sqlite.sh copies the database of a running app
/// while workers keep ordering, the copy passes its integrity check, and the app starts on the copy with every order
/// that was acknowledged before the backup began, with consistent seat counters, and a worker able to sign in.
/// </summary>
public sealed class SqliteBackupTests(SqliteApp source) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task An_online_backup_taken_while_workers_order_restores_into_a_working_app()
    {
        var ct = TestContext.Current.CancellationToken;
        var item = await source.PublishedItemAsync();
        var session = await source.SessionAsync(item, capacity: 30);
        var workers = await source.CreateAsync(120, "bak");
        var before = 0;
        foreach (var worker in workers.Take(40))
        {
            using var client = source.Bearer(worker);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { }, ct)).StatusCode);
            before++;
        }

        // The rest keep ordering while the backup runs.
        var writing = Task.WhenAll(workers.Skip(40).Chunk(20).Select(chunk => Task.Run(async () =>
        {
            foreach (var worker in chunk)
            {
                using var client = source.Bearer(worker);
                var status = (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { }, ct)).StatusCode;
                Assert.Equal(HttpStatusCode.Created, status);
            }
        }, ct)));
        var directory = Directory.CreateTempSubdirectory("workerhome-sqlite-backup-").FullName;
        var file = (await Repository.RunScriptAsync("backup-sqlite.sh", [Path.Combine(source.DataDirectory, "workerhome.db"), directory], ct)).Trim();
        await writing;
        Assert.True(File.Exists(file), file);

        var folder = Directory.CreateTempSubdirectory("workerhome-sqlite-restored-").FullName;
        File.Copy(file, Path.Combine(folder, "workerhome.db"));
        Directory.Delete(directory, recursive: true);
        await using var copy = new RestoredApp(folder);
        await copy.InitializeAsync();
        var (orders, confirmed, counter) = await copy.DbAsync(async db => (
            await db.Orders.CountAsync(o => o.SessionId == session.Id, ct),
            await db.Orders.CountAsync(o => o.SessionId == session.Id && o.Status == OrderStatus.Confirmed, ct),
            await db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Confirmed).SingleAsync(ct)));
        Assert.InRange(orders, before, workers.Count);
        Assert.Equal(Math.Min(orders, 30), confirmed);
        Assert.Equal(confirmed, counter);
        Assert.Equal(await source.DbAsync(db => db.Users.CountAsync(u => !u.UserName!.StartsWith("bak"), ct)),
            await copy.DbAsync(db => db.Users.CountAsync(u => !u.UserName!.StartsWith("bak"), ct)));
        using var anonymous = copy.Anonymous();
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker01", password = "Demo@2026" }, ct);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    private sealed class RestoredApp(string folder) : SqliteApp(folder);
}
