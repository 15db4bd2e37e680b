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
                .UseNpgsql(WithPoolDefaults(connectionString))
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
    /// Two Npgsql pool settings, each kept when the connection string sets its own value:
    /// <list type="bullet">
    /// <item>Npgsql prepares a statement on a connection after it has run there twice (up to 200 per connection), so
    /// the busy statements (a seat, a menu, a token check) are parsed and planned once per connection instead of on
    /// every call. A pooler in transaction mode (PgBouncer before 1.21) needs <c>Max Auto Prepare=0</c> there, see
    /// docs/deploy.md.</item>
    /// <item>A connection returned to the pool is not reset (<c>No Reset On Close</c>): the reset is six statements
    /// (RESET ALL, CLOSE ALL, UNLISTEN *, advisory unlock, DISCARD SEQUENCES, DISCARD TEMP) sent with the next use,
    /// and EF takes a connection from the pool for every query outside a transaction and for every transaction (twice
    /// per order). The app leaves nothing on a connection to reset: its advisory locks are transaction locks, and it
    /// never SETs a session variable, LISTENs or makes a temporary table. An open transaction is still rolled back on
    /// return.</item>
    /// </list>
    /// </summary>
    internal static string WithPoolDefaults(string connectionString)
    {
        var csb = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // Whether the string itself sets a keyword: NpgsqlConnectionStringBuilder.ContainsKey is true for every keyword it
        // knows, set or not, so the keys are read from the string as written (spaces and case aside).
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(Squeezed).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!written.Contains("MaxAutoPrepare"))
        {
            csb.MaxAutoPrepare = 200;
            csb.AutoPrepareMinUsages = 2;
        }
        if (!written.Contains("NoResetOnClose"))
        {
            csb.NoResetOnClose = true;
        }
        return csb.ConnectionString;
    }

    private static string Squeezed(string keyword) => keyword.Replace(" ", "", StringComparison.Ordinal);
}
