using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Infrastructure.Health;

public static class HealthSetup
{
    public static IServiceCollection AddAppHealth(this IServiceCollection services)
    {
        // A real round trip, not just a connection from the pool: a pooled connection to a server that has since
        // restarted opens without complaint and fails on its first command.
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"],
            customTestQuery: async (db, ct) => await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync(ct) == 1);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: and its database does too.</summary>
    public static WebApplication MapAppHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).ExcludeFromDescription();
        return app;
    }
}
