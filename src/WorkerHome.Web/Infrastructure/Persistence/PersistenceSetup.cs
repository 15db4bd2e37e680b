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
                .UseNpgsql(connectionString)
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
}
