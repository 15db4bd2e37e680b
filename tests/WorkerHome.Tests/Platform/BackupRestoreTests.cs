using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

/// <summary>
/// The backup and restore described in docs/deploy.md, done for real: scripts/backup-postgres.sh dumps a running
/// test database, scripts/restore-postgres.sh restores it into a new database, and the app starts on the copy with
/// every row there and a worker able to sign in.
/// </summary>
public sealed class BackupRestoreTests(PostgresApp source) : IClassFixture<PostgresApp>
{
    /// <summary>The scripts call the PostgreSQL client tools of the server's version (./test.sh's throwaway server).</summary>
    private static readonly Dictionary<string, string> PgBin = Environment.GetEnvironmentVariable("WORKERHOME_PG_BIN") is { Length: > 0 } bin
        ? new() { ["PG_BIN"] = bin }
        : [];

    [Fact]
    public async Task A_dump_restores_into_a_new_database_the_app_starts_on()
    {
        source.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresApp.Variable));
        var database = new NpgsqlConnectionStringBuilder(source.Factory.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]).Database!;
        var server = $"host={admin.Host} port={admin.Port} user={admin.Username}";
        var directory = Directory.CreateTempSubdirectory("workerhome-backup-").FullName;
        var restored = database + "_restored";
        try
        {
            var dump = (await Repository.RunScriptAsync("backup-postgres.sh", [$"{server} dbname={database}", directory], ct, PgBin)).Trim();
            Assert.True(File.Exists(dump), dump);
            await Repository.RunScriptAsync("restore-postgres.sh", [dump, server, restored], ct, PgBin);

            await using var copy = new NamedPostgresApp(admin.ConnectionString, restored, recreate: false);
            await copy.InitializeAsync();
            foreach (var (name, count) in new (string, Func<WorkerHome.Data.AppDbContext, Task<int>>)[]
            {
                ("users", db => db.Users.CountAsync(ct)), ("unions", db => db.Unions.CountAsync(ct)), ("sites", db => db.Sites.CountAsync(ct)),
                ("orders", db => db.Orders.CountAsync(ct)), ("keys", db => db.DataProtectionKeys.CountAsync(ct)),
            })
            {
                Assert.True(await source.DbAsync(count) == await copy.DbAsync(count), name);
            }
            using var client = copy.Anonymous();
            var token = await client.PostAsJsonAsync("/api/auth/token", new { userName = "worker01", password = "Demo@2026" }, ct);
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync(ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{restored}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(ct);
            Directory.Delete(directory, recursive: true);
        }
    }
}
