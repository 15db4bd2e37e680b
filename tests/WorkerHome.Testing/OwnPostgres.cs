using System.Diagnostics;
using System.Globalization;

namespace WorkerHome.Testing;

/// <summary>
/// A PostgreSQL server of the test's own, to stop and start under load without touching the server the other tests
/// share. Unlike the suite's throwaway server it keeps PostgreSQL's durable defaults (fsync, synchronous commit), so
/// what it acknowledged survives a crash, as in production. Runs the server as the postgres user when the tests run
/// as root (PostgreSQL refuses root).
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port;

    private OwnPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        _port = port;
    }

    public string AdminConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={_port};Username=workerhome;Database=postgres;Timeout=5");

    /// <summary>Initialises and starts a server, or returns why it cannot here (no PostgreSQL binaries).</summary>
    public static async Task<(OwnPostgres? Server, string? Unavailable)> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("WORKERHOME_PG_BIN") is { Length: > 0 } configured
            ? configured
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(Directory.Exists).OrderBy(v => v, StringComparer.Ordinal).LastOrDefault()
                : null;
        if (bin is null || !File.Exists(Path.Combine(bin, "initdb")))
        {
            return (null, "PostgreSQL's binaries are not installed (./test.sh installs them).");
        }
        var folder = Path.Combine(Path.GetTempPath(), "workerhome-ownpg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(folder, "data"), "-U", "workerhome", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres: true);
        for (var attempt = 0; ; attempt++)
        {
            var port = 20000 + Random.Shared.Next(9000);
            var server = new OwnPostgres(bin, folder, port);
            try
            {
                await server.StartAgainAsync();
                return (server, null);
            }
            catch (InvalidOperationException) when (attempt < 4)
            {
            }
        }
    }

    /// <summary>Starts the stopped server on its port (crash recovery runs first after an immediate stop).</summary>
    public Task StartAgainAsync() => RunAsync(Path.Combine(_bin, "pg_ctl"),
    [
        "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", string.Create(CultureInfo.InvariantCulture, $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=300"), "start",
    ], asPostgres: true);

    /// <summary>
    /// Stops the server. <c>immediate</c> is a crash: no checkpoint, every connection cut, recovery from the WAL at the
    /// next start; <c>fast</c> is an orderly shutdown that ends the sessions first.
    /// </summary>
    public Task StopAsync(string mode = "immediate") =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", mode, "-w", "stop"], asPostgres: true);

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres && IsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
