using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkerHome.DataGen;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Testing;

// Fills a fresh PostgreSQL database with generated data at a scale (bench/gen.sh runs it on a throwaway cluster):
//   dotnet run --project bench/WorkerHome.DataGen -c Release -- --scale leshan [--seed 8] [--database whbench] [--orders N]
// The database is dropped and created, then the app migrates and seeds it (demo union tree and accounts, as every
// start does), then the generator adds the bulk by binary COPY and runs ANALYZE. The admin connection string comes
// from WORKERHOME_TEST_POSTGRES (scripts/throwaway-postgres.sh exports it) or --connection.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var scale = Scale.Parse(OptionText("--scale") ?? "leshan");
if (OptionText("--orders") is { } orders)
{
    scale = scale with { Orders = int.Parse(orders, CultureInfo.InvariantCulture) };
}
var seed = int.Parse(OptionText("--seed") ?? "8", CultureInfo.InvariantCulture);
var database = OptionText("--database") ?? "whbench";
var admin = OptionText("--connection") ?? Environment.GetEnvironmentVariable(PostgresApp.Variable);
if (string.IsNullOrEmpty(admin))
{
    Console.Error.WriteLine($"Set {PostgresApp.Variable} or pass --connection (an admin connection string).");
    return 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Generating {scale.Name}: {scale.Sites} sites, {scale.Workers} workers, {scale.Orders} orders, {scale.Needs} needs (seed {seed}) into {database}"));
var clock = Stopwatch.StartNew();
await using var app = new NamedPostgresApp(admin, database, recreate: true);
await app.InitializeAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds,7:0.0} s  migrated and seeded (the app's start)"));
var counts = await DataGenRunner.RunAsync(app, scale, seed, Console.Out);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalSeconds:0.0} s."));
Console.WriteLine();
Console.WriteLine(await DataGenRunner.TableAsync(app.ConnectionString, counts));
return 0;

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
