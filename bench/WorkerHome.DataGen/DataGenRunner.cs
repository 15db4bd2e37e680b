using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkerHome.Features.Account;
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
        return await generator.RunAsync();
    }

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
