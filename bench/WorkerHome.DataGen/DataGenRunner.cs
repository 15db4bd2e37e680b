using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkerHome.Features.Account;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;

namespace WorkerHome.DataGen;

/// <summary>Runs the generator inside a started host: the app's password hasher and privacy keys, its database.</summary>
public static class DataGenRunner
{
    public static async Task<IReadOnlyDictionary<string, long>> RunAsync(TestApp app, Scale scale, int seed, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Factory.Services;
        var protector = services.GetRequiredService<PersonalDataProtector>();
        var hash = services.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(new AppUser { UserName = "gw" }, "Demo@2026");
        var connectionString = services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Database:ConnectionString"]!;
        var generator = new Generator(connectionString, scale, seed, hash, protector.Encrypt, protector.Lookup, log);
        var counts = new Dictionary<string, long>(await generator.RunAsync(), StringComparer.Ordinal);

        // The statistics' counters, rebuilt by the app from the rows just loaded (as at startup after a bulk load).
        var clock = Stopwatch.StartNew();
        var before = await CountersAsync(app);
        await app.DbAsync(async db =>
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await new RebuildStatistics(db).RebuildAsync(default);
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"StatSessionTallies\", \"StatCellTallies\", \"StatNeedTallies\", \"StatVisitorMonths\", \"StatVisitorYears\", \"StatVisitorTallies\"");
        });
        foreach (var (table, rows) in await CountersAsync(app))
        {
            counts[table] = rows - before[table];
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds,7:0.0} s  statistics counters rebuilt"));
        return counts;
    }

    private static Task<Dictionary<string, long>> CountersAsync(TestApp app) => app.DbAsync(async db => new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["StatSessionTallies"] = await db.SessionTallies.LongCountAsync(),
        ["StatNeedTallies"] = await db.NeedTallies.LongCountAsync(),
        ["StatVisitorMonths"] = await db.VisitorMonths.LongCountAsync(),
        ["StatVisitorYears"] = await db.VisitorYears.LongCountAsync(),
    });

    /// <summary>A Markdown table: every table the generator writes, rows added and rows in all.</summary>
    public static async Task<string> TableAsync(string connectionString, IReadOnlyDictionary<string, long> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        var text = new StringBuilder("| table | rows added | rows in all |\n|---|---:|---:|\n");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (table, rows) in added.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            var all = (long)(await command.ExecuteScalarAsync())!;
            text.Append(CultureInfo.InvariantCulture, $"| {table} | {rows:N0} | {all:N0} |\n");
        }
        return text.ToString();
    }
}
