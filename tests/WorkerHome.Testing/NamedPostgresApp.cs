using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace WorkerHome.Testing;

/// <summary>
/// The host (Testing environment, fixed clock, test privacy keys, demo seed) on a named PostgreSQL database that
/// outlives it: the data generator creates and fills it, the read benchmark starts the host on it again. Starting
/// applies the migrations and the (idempotent) demo seed, as every start does.
/// </summary>
public class NamedPostgresApp(string adminConnectionString, string database, bool recreate) : TestApp
{
    public override string Provider => "Postgres";

    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, MaxPoolSize = 200 }.ConnectionString;

    protected override async Task<Dictionary<string, string?>> PrepareAsync()
    {
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            if (recreate)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            else
            {
                await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
                exists.Parameters.AddWithValue("name", database);
                if ((long)(await exists.ExecuteScalarAsync())! == 0)
                {
                    Unavailable = $"Database {database} does not exist: generate it first (bench/gen.sh).";
                    return [];
                }
            }
        }
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = ConnectionString,
            ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "workerhome-bench", database),
        };
    }

    public override Task<string> DumpAsync() => throw new NotSupportedException("Not for generated databases.");
}

/// <summary>The same on a real Kestrel port, for the read benchmark.</summary>
public class NamedPostgresServerApp(string adminConnectionString, string database) : NamedPostgresApp(adminConnectionString, database, recreate: false), IServerApp
{
    public TestApp App => this;

    public string BaseUrl => Kestrel.Address(this);

    protected override WebApplicationFactory<Program> ConfigureFactory(WebApplicationFactory<Program> factory) => Kestrel.OnLoopback(factory);
}
