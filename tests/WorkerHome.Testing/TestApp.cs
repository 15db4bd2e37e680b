using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Testing;

/// <summary>
/// The real host on one database, started once for the whole test run, with the demo data seeded and the
/// clock fixed (Wednesday 2 December 2026, 10:00 in Beijing) so "open now" and dates are deterministic.
/// </summary>
public abstract class TestApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The personal-data keys every test host uses (and a node started in its own process must share).</summary>
    public static readonly string EncryptionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static readonly string LookupKey = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private WebApplicationFactory<Program>? _factory;

    public abstract string Provider { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>Why this database is not available here (the test is then skipped), or null.</summary>
    public string? Unavailable { get; protected set; }

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The app did not start.");

    /// <summary>Where the server's warnings and errors go (artifacts/test-results when run by test.sh).</summary>
    public string ServerLogPath => Path.Combine(
        Environment.GetEnvironmentVariable("WORKERHOME_TEST_LOGS") ?? Path.GetTempPath(), $"server-{Provider}-{GetType().Name}.log");

    protected abstract Task<Dictionary<string, string?>> PrepareAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    /// <summary>
    /// Everything the database holds, as a backup would: the SQLite file copied with VACUUM INTO, or pg_dump's output.
    /// Read as text (invalid UTF-8 is replaced), for checking that no clear personal data is stored.
    /// </summary>
    public abstract Task<string> DumpAsync();

    public async ValueTask InitializeAsync()
    {
        var settings = await PrepareAsync();
        if (Unavailable is not null)
        {
            return;
        }
        settings["Privacy:EncryptionKey"] = EncryptionKey;
        settings["Privacy:LookupKey"] = LookupKey;
        settings["Database:SeedDemoData"] = "true";
        // Every test signs in from the same client address: only the sign-in limit tests (LoginLimitedSqliteApp) keep the real limits.
        settings["Security:Login:PerNamePerMinute"] = "1000000";
        settings["Security:Login:PerClientPerMinute"] = "1000000";
        // Tests read what they just wrote: only PublicReadCacheTests keep the public cache's few seconds.
        settings["Caching:PublicReadSeconds"] = "0";
        // The demo accounts sign in with the password; the two-factor tests run a Required host of their own.
        settings["Auth:StaffTwoFactor"] = "Optional";
        AddSettings(settings);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            // Outside Development the host serves only published assets; tests run from the build output.
            builder.UseStaticWebAssets();
            // UseSetting reaches Program.cs before it reads configuration; ConfigureAppConfiguration would come too late.
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
            builder.ConfigureLogging(logging => logging.AddProvider(new ErrorLog(ServerLogPath)));
        });
        _factory = ConfigureFactory(_factory);
        _factory.StartServer();
    }

    /// <summary>Extra configuration for a special instance (a switch a control test needs, say).</summary>
    protected virtual void AddSettings(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Browser and load tests switch the factory to a real Kestrel server before it starts.</summary>
    protected virtual WebApplicationFactory<Program> ConfigureFactory(WebApplicationFactory<Program> factory) => factory;

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await CleanUpAsync();
        _tokenLock.Dispose();
        GC.SuppressFinalize(this);
    }

    public void SkipIfUnavailable() => Assert.SkipWhen(Unavailable is not null, Unavailable ?? "");

    public HttpClient Anonymous()
    {
        SkipIfUnavailable();
        return Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <summary>A client with the bearer token of a demo account (password Demo@2026) or another account.</summary>
    public async Task<HttpClient> As(string userName, string password = "Demo@2026")
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName, password));
        return client;
    }

    private async Task<string> TokenAsync(string userName, string password)
    {
        var key = userName + "\n" + password;
        await _tokenLock.WaitAsync();
        try
        {
            if (_tokens.TryGetValue(key, out var cached))
            {
                return cached;
            }
            using var client = Anonymous();
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
            response.EnsureSuccessStatusCode();
            var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
            _tokens[key] = token;
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <summary>
    /// A bearer token for any user id, made the way the token endpoint makes it but without the password hashing,
    /// so a load test can sign in thousands of workers in a moment. Issued on the test clock unless
    /// <paramref name="clock"/> says otherwise (a node in its own process runs on the real one).
    /// </summary>
    public string BearerTokenFor(Guid userId, string userName, TimeProvider? clock = null)
    {
        SkipIfUnavailable();
        var options = Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>()
            .Get(WorkerHome.Infrastructure.Auth.AppAuth.BearerScheme);
        var identity = new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, userId.ToString()), new(System.Security.Claims.ClaimTypes.Name, userName)],
            "Identity.Application");
        return WorkerHome.Infrastructure.Auth.AuthSetup.CreateBearerToken(options, new System.Security.Claims.ClaimsPrincipal(identity), clock ?? Clock).Token;
    }

    /// <summary>Runs code against the app's database in a fresh scope (as the system, unless a principal is set).</summary>
    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        SkipIfUnavailable();
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task DbAsync(Func<AppDbContext, Task> work) => await DbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>Resolves a service in a fresh scope acting as the given principal (for handler-level tests).</summary>
    public async Task<T> AsUserAsync<THandler, T>(string? userName, Func<THandler, Task<T>> work) where THandler : notnull
    {
        SkipIfUnavailable();
        await using var scope = Factory.Services.CreateAsyncScope();
        if (userName is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<WorkerHome.Features.Account.AppUser>>();
            var signIn = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<WorkerHome.Features.Account.AppUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = await signIn.CreateUserPrincipalAsync(user);
        }
        return await work(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    private sealed record TokenBody(string AccessToken);
}

/// <summary>The app on SQLite: a fresh database file in a temporary folder.</summary>
public class SqliteApp : TestApp
{
    private readonly string _folder;

    public SqliteApp()
        : this(Path.Combine(Path.GetTempPath(), "workerhome-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>The app on the database file already in <paramref name="folder"/> (a restored backup, say); the folder is removed afterwards.</summary>
    protected SqliteApp(string folder) => _folder = folder;

    /// <summary>The folder holding <c>workerhome.db</c>.</summary>
    public string DataDirectory => _folder;

    public override string Provider => "Sqlite";

    protected override Task<Dictionary<string, string?>> PrepareAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = _folder,
        });
    }

    public override async Task<string> DumpAsync()
    {
        var copy = Path.Combine(_folder, $"dump-{Guid.NewGuid():N}.db");
        await DbAsync(db => db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", copy));
        var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(copy));
        File.Delete(copy);
        return text;
    }

    protected override Task CleanUpAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// The app on PostgreSQL: a fresh database on the server named by <c>WORKERHOME_TEST_POSTGRES</c> (a connection
/// string for a user that may create databases; ./test.sh starts a throwaway server and sets it).
/// </summary>
public class PostgresApp : TestApp
{
    public const string Variable = "WORKERHOME_TEST_POSTGRES";
    private readonly string _database = "wh_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _admin;

    public override string Provider => "Postgres";

    protected override async Task<Dictionary<string, string?>> PrepareAsync()
    {
        _admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(_admin))
        {
            Unavailable = $"PostgreSQL is not configured: set {Variable} (./test.sh does).";
            return [];
        }
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(_admin) { Database = _database, MaxPoolSize = 200 };
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = builder.ConnectionString,
            ["Database:DataDirectory"] = Path.Combine(Path.GetTempPath(), "workerhome-tests", _database),
        };
    }

    public override async Task<string> DumpAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(_admin) { Database = _database };
        var start = new System.Diagnostics.ProcessStartInfo("pg_dump")
        {
            ArgumentList = { "--host", builder.Host ?? "localhost", "--port", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--username", builder.Username ?? "postgres", "--no-owner", builder.Database! },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = builder.Password ?? "";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("pg_dump failed: " + await error);
        }
        return await output;
    }

    protected override async Task CleanUpAsync()
    {
        if (string.IsNullOrEmpty(_admin))
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
