using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Data.Seed;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations, then reference data, then (when configured) the demo, under a lock so several
    /// nodes starting together do it once. EF Core's migrator takes its own lock as well.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().Principal =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "系统初始化")], "system"));
        var db = services.GetRequiredService<AppDbContext>();
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
        }
        if (!db.IsPostgres())
        {
            // Readers do not block the writer and the writer does not block readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20261123)", ct);
        }
        await ReferenceData.SeedAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
        if (options.SeedDemoData)
        {
            await services.GetRequiredService<DemoData>().SeedAsync(ct);
            await services.GetRequiredService<DemoMenu>().SeedAsync(ct);
            await services.GetRequiredService<DemoDelivery>().SeedAsync(ct);
            await services.GetRequiredService<DemoConstruction>().SeedAsync(ct);
            await services.GetRequiredService<DemoBookings>().SeedAsync(ct);
            await services.GetRequiredService<DemoChildCare>().SeedAsync(ct);
            await services.GetRequiredService<DemoLibrary>().SeedAsync(ct);
            await services.GetRequiredService<DemoCounselling>().SeedAsync(ct);
            await services.GetRequiredService<DemoTraining>().SeedAsync(ct);
            await services.GetRequiredService<DemoRightsCases>().SeedAsync(ct);
            await services.GetRequiredService<DemoMembership>().SeedAsync(ct);
            await services.GetRequiredService<DemoAid>().SeedAsync(ct);
        }
        // Counters for rows that were written without them (bulk loads, the demo, a database from before them).
        await services.GetRequiredService<RebuildStatistics>().EnsureBuiltAsync(ct);
        await transaction.CommitAsync(ct);
    }
}

public static class DemoDataSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddScoped<DemoData>().AddScoped<DemoMenu>().AddScoped<DemoDelivery>().AddScoped<DemoConstruction>()
        .AddScoped<DemoBookings>()
        .AddScoped<DemoChildCare>()
        .AddScoped<DemoLibrary>()
        .AddScoped<DemoCounselling>()
        .AddScoped<DemoTraining>()
        .AddScoped<DemoRightsCases>()
        .AddScoped<DemoMembership>()
        .AddScoped<DemoAid>();
}
