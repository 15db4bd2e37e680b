using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Infrastructure.Persistence;

public static class PersistenceSetup
{
    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider, with the audit interceptor.</summary>
    public static WebApplicationBuilder AddAppDatabase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.DataDirectory = Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(options.DataDirectory);
        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<AuditInterceptor>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
            builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>((services, db) => db
                .UseNpgsql(WithAutoPrepare(connectionString))
                .AddInterceptors(services.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            var connectionString = options.ConnectionString
                ?? $"Data Source={Path.Combine(options.DataDirectory, "workerhome.db")};Default Timeout=60";
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>((services, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(services.GetRequiredService<AuditInterceptor>()));
        }
        return builder;
    }

    /// <summary>
    /// Npgsql prepares a statement on a connection after it has run there twice (up to 200 per connection), so the
    /// busy statements (a seat, a menu, a token check) are parsed and planned once per connection instead of on every
    /// call. Kept when the connection string sets its own values; a pooler in transaction mode (PgBouncer before 1.21)
    /// needs <c>Max Auto Prepare=0</c> there, see docs/deploy.md.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!csb.ContainsKey("Max Auto Prepare"))
        {
            csb.MaxAutoPrepare = 200;
            csb.AutoPrepareMinUsages = 2;
        }
        return csb.ConnectionString;
    }
}
